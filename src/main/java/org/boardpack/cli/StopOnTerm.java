package org.boardpack.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.boardpack.job.RunningPacks;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGTERM (a service manager stopping the service) and SIGINT (Ctrl-C) during a run
 * into a graceful stop: the run is asked to stop at its next stage boundary and the
 * command then reports it and exits as usual. The signals are handled rather than left to
 * start the JVM's shutdown, because during a shutdown the libraries that render the pack
 * can no longer start (they register hooks of their own) and the store would be closed
 * under the run. A run that has not stopped within {@link #STOP_WAIT}, or a second
 * signal, ends the process at once, as a kill would; the next run resumes it.
 */
final class StopOnTerm implements AutoCloseable {

	/**
	 * Long enough for the slowest stage of a usual pack, and shorter than a service
	 * manager's usual 90 s.
	 */
	static final Duration STOP_WAIT = Duration.ofSeconds(75);

	/** The status of a process ended by SIGTERM, as the shell reports it. */
	private static final int KILLED = 143;

	private final List<Signal> signals = new ArrayList<>();

	private final List<SignalHandler> previous = new ArrayList<>();

	private final AtomicBoolean signalled = new AtomicBoolean();

	private final Stopping stopping;

	private final PrintStream err;

	private StopOnTerm(Stopping stopping, PrintStream err) {
		this.stopping = stopping;
		this.err = err;
	}

	/**
	 * What the first signal sets going; returns whether it ended in time, else the
	 * process ends as if killed.
	 */
	@FunctionalInterface
	interface Stopping {

		boolean stop() throws InterruptedException;

	}

	static StopOnTerm install(RunningPacks running, PrintStream err) {
		return install(() -> running.stopAll(STOP_WAIT), err);
	}

	static StopOnTerm install(Stopping stopping, PrintStream err) {
		StopOnTerm stop = new StopOnTerm(stopping, err);
		for (String name : List.of("TERM", "INT")) {
			Signal signal = new Signal(name);
			stop.previous.add(Signal.handle(signal, stop::handle));
			stop.signals.add(signal);
		}
		return stop;
	}

	private void handle(Signal signal) {
		if (!this.signalled.compareAndSet(false, true)) {
			Runtime.getRuntime().halt(KILLED); // asked twice: stop now
		}
		// The signal's own thread must not wait; the stop is awaited on a thread of its
		// own.
		Thread.ofPlatform().name("boardpack-stop").daemon().start(this::stop);
	}

	private void stop() {
		try {
			if (!this.stopping.stop()) {
				this.err.println("boardpack: the run did not stop within " + STOP_WAIT.toSeconds()
						+ " s; ending now, as if killed; run again to resume");
				this.err.flush();
				Runtime.getRuntime().halt(KILLED);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		for (int i = 0; i < this.signals.size(); i++) {
			Signal.handle(this.signals.get(i), this.previous.get(i));
		}
	}

}
