package org.boardpack.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Problem;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.schedule.Schedule;

/**
 * One programme folder as {@code serve} keeps it: its settings as last read (or the
 * problems that stopped them being read), its next and last run, the next and last time
 * its leads were asked for returns, and the lock that keeps two of its exports (or rounds
 * of asking) from running at once. Thread-safe: read by the status endpoint while the
 * scheduler's threads update it.
 */
final class ServedProgramme {

	private final Path folder;

	private final ReentrantLock running = new ReentrantLock();

	private volatile byte[] read;

	private volatile ProgrammeSettings settings;

	private volatile List<String> problems = List.of();

	private volatile ZonedDateTime nextRun;

	private volatile LastRun lastRun;

	private ScheduledFuture<?> future;

	private volatile ZonedDateTime nextReturns;

	private volatile ReturnsRun.Outcome lastReturns;

	private ScheduledFuture<?> returnsFuture;

	ServedProgramme(Path folder) {
		this.folder = folder;
	}

	/**
	 * Reads {@code programme.yml} again when its bytes changed since last read; true when
	 * they had.
	 */
	synchronized boolean reload() {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(this.folder.resolve("programme.yml"));
		}
		catch (IOException ex) {
			bytes = new byte[0];
		}
		if (this.read != null && Arrays.equals(bytes, this.read)) {
			return false;
		}
		this.read = bytes;
		try {
			this.settings = ProgrammeReader.readSettings(this.folder);
			this.problems = List.of();
		}
		catch (InvalidInputException ex) {
			this.settings = null;
			this.problems = ex.problems().stream().map(Problem::toString).toList();
		}
		return true;
	}

	/** The programme's id, or its folder's name while its settings cannot be read. */
	String id() {
		ProgrammeSettings current = this.settings;
		return (current != null) ? current.id() : this.folder.getFileName().toString();
	}

	Path folder() {
		return this.folder;
	}

	ProgrammeSettings settings() {
		return this.settings;
	}

	Schedule schedule() {
		ProgrammeSettings current = this.settings;
		return (current != null) ? current.schedule() : null;
	}

	List<String> problems() {
		return this.problems;
	}

	/**
	 * Runs {@code work} holding the programme's lock, unless serve began to stop while it
	 * waited for the export or round of asking before it.
	 */
	void exclusively(BooleanSupplier stopping, Runnable work) {
		try {
			this.running.lockInterruptibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		try {
			if (!stopping.getAsBoolean()) {
				work.run();
			}
		}
		finally {
			this.running.unlock();
		}
	}

	ReentrantLock running() {
		return this.running;
	}

	ZonedDateTime nextRun() {
		return this.nextRun;
	}

	void nextRun(ZonedDateTime next) {
		this.nextRun = next;
	}

	LastRun lastRun() {
		return this.lastRun;
	}

	void lastRun(LastRun run) {
		this.lastRun = run;
	}

	/** Replaces the scheduled run; a run already going on is left to finish. */
	synchronized void future(ScheduledFuture<?> next) {
		if (this.future != null) {
			this.future.cancel(false);
		}
		this.future = next;
		if (next == null) {
			this.nextRun = null;
		}
	}

	ZonedDateTime nextReturns() {
		return this.nextReturns;
	}

	void nextReturns(ZonedDateTime next) {
		this.nextReturns = next;
	}

	ReturnsRun.Outcome lastReturns() {
		return this.lastReturns;
	}

	void lastReturns(ReturnsRun.Outcome outcome) {
		this.lastReturns = outcome;
	}

	/**
	 * Replaces the scheduled round of asking for returns; one going on is left to finish.
	 */
	synchronized void returnsFuture(ScheduledFuture<?> next) {
		if (this.returnsFuture != null) {
			this.returnsFuture.cancel(false);
		}
		this.returnsFuture = next;
		if (next == null) {
			this.nextReturns = null;
		}
	}

}
