package org.boardpack.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.boardpack.BoardpackApplication;
import org.boardpack.job.PackWorker;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code worker}: takes pack requests from runs of many, one at a time, until stopped.
 * SIGTERM or Ctrl+C takes no more requests, lets the pack under way finish and exits; a
 * second signal ends it at once, and the manager then sends that pack to another worker
 * after its timeout.
 */
final class WorkerCommand {

	/**
	 * Long enough for any pack; a service manager's own stop timeout is the real limit.
	 */
	private static final Duration FINISH_WAIT = Duration.ofHours(12);

	private final PrintStream out;

	private final PrintStream err;

	WorkerCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run(Arguments arguments) throws Exception {
		if (arguments.help()) {
			this.out.print(HelpText.WORKER);
			return ExitCode.OK;
		}
		if (!arguments.positional().isEmpty()) {
			throw new Arguments.UsageException("worker takes no folders: runs of many send it their programmes");
		}
		SpringApplication application = new SpringApplication(BoardpackApplication.class);
		application.setAdditionalProfiles("worker");
		CountDownLatch signalled = new CountDownLatch(1);
		try (ConfigurableApplicationContext context = application.run()) {
			PackWorker worker = context.getBean(PackWorker.class);
			try (StopOnTerm stop = StopOnTerm.install(() -> {
				worker.stopTaking();
				signalled.countDown();
				return true;
			}, this.err)) {
				worker.startTaking();
				say("Worker " + worker.name() + " is taking pack requests. Stop with Ctrl+C or SIGTERM.");
				signalled.await();
				say("Worker " + worker.name()
						+ " is stopping: it takes no more requests and finishes the pack under way.");
				worker.awaitIdle(FINISH_WAIT);
			}
		}
		say("Worker stopped.");
		return ExitCode.OK;
	}

	private void say(String line) {
		this.out.println(line);
		this.out.flush();
	}

}
