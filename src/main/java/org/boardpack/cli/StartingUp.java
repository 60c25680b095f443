package org.boardpack.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

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

	/** The hook that speaks for a signal, while one is installed. */
	private static final AtomicReference<Thread> HOOK = new AtomicReference<>();

	private StartingUp() {
	}

	/** Starts the application, saying so if a signal ends the process meanwhile. */
	static ConfigurableApplicationContext start(PrintStream err, String... springArguments) {
		try (StartingUp starting = watch(err)) {
			return new SpringApplication(BoardpackApplication.class).run(springArguments);
		}
	}

	/**
	 * Says so if a signal ends the process from now until the application has started (or
	 * this is closed, on a path that does not start it). A watch begun before
	 * {@link #start} is the one that speaks, and the start ends it.
	 */
	static StartingUp watch(PrintStream err) {
		Thread hook = new Thread(() -> {
			err.println("boardpack: stopped by a signal while starting up; nothing was run or changed; run again");
			err.flush();
		}, "boardpack-starting");
		if (HOOK.compareAndSet(null, hook)) {
			Runtime.getRuntime().addShutdownHook(hook);
		}
		return new StartingUp();
	}

	/**
	 * Started: from here {@link StopOnTerm} or the service's own shutdown speaks for a
	 * signal.
	 */
	@Override
	public void close() {
		Thread hook = HOOK.getAndSet(null);
		if (hook == null) {
			return; // ended by the start within
		}
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down: the hook is saying so
		}
	}

}
