package org.boardpack.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.boardpack.job.RunningPacks;

/**
 * Turns SIGTERM (or Ctrl-C) during a run into a graceful stop: the run is asked to stop at its next step
 * boundary, the command reports it and closes the store, and the process then ends with the status the command
 * chose. A run that does not stop within {@link #STOP_WAIT} is left to end with the process, as if killed; the
 * next run recovers it.
 */
final class StopOnTerm implements AutoCloseable {

	/** Long enough for the slowest step of a usual pack, and shorter than a service manager's usual 90 s. */
	static final Duration STOP_WAIT = Duration.ofSeconds(75);

	private static final Duration REPORT_WAIT = Duration.ofSeconds(10);

	private static volatile StopOnTerm installed;

	private final Thread hook;

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile int status = -1;

	private volatile boolean signalled;

	private StopOnTerm(RunningPacks running) {
		this.hook = new Thread(() -> stop(running), "boardpack-stop");
	}

	static StopOnTerm install(RunningPacks running) {
		StopOnTerm stop = new StopOnTerm(running);
		Runtime.getRuntime().addShutdownHook(stop.hook);
		installed = stop;
		return stop;
	}

	/** Called by the command as it returns: after a signal, the process ends with this status. */
	static void exiting(int status) {
		StopOnTerm stop = installed;
		if (stop != null && stop.signalled) {
			stop.status = status;
			stop.finished.countDown();
		}
	}

	private void stop(RunningPacks running) {
		this.signalled = true;
		try {
			running.stopAll(STOP_WAIT);
			if (this.finished.await(REPORT_WAIT.toSeconds(), TimeUnit.SECONDS) && this.status >= 0) {
				// The command has reported and closed the store; end with its status rather than the signal's.
				Runtime.getRuntime().halt(this.status);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		if (this.signalled) {
			return;
		}
		installed = null;
		try {
			Runtime.getRuntime().removeShutdownHook(this.hook);
		}
		catch (IllegalStateException ex) {
			// the process is already shutting down
		}
	}

}
