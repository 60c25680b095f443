package org.boardpack.cli;

import java.io.PrintStream;

import org.boardpack.BoardpackApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * While the application starts, before {@link StopOnTerm} takes over the signals, SIGTERM
 * or Ctrl-C ends the process the JVM's own way, with status 143 and no word; this says
 * what happened. Nothing has been run by then: the run starts only once the application
 * is up.
 */
final class StartingUp implements AutoCloseable {

	private final Thread hook;

	private StartingUp(Thread hook) {
		this.hook = hook;
	}

	/** Starts the application, saying so if a signal ends the process meanwhile. */
	static ConfigurableApplicationContext start(PrintStream err, String... springArguments) {
		try (StartingUp starting = watch(err)) {
			return new SpringApplication(BoardpackApplication.class).run(springArguments);
		}
	}

	private static StartingUp watch(PrintStream err) {
		Thread hook = new Thread(() -> {
			err.println("boardpack: stopped by a signal while starting up; nothing was run or changed; run again");
			err.flush();
		}, "boardpack-starting");
		Runtime.getRuntime().addShutdownHook(hook);
		return new StartingUp(hook);
	}

	/**
	 * Started: from here {@link StopOnTerm} or the service's own shutdown speaks for a
	 * signal.
	 */
	@Override
	public void close() {
		try {
			Runtime.getRuntime().removeShutdownHook(this.hook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down: the hook is saying so
		}
	}

}
