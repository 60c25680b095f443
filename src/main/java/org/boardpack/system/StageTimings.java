package org.boardpack.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time each stage of a run took, wall clock and CPU, appended as one tab-separated
 * line per stage to the file named by the environment variable {@code BOARDPACK_TIMINGS}
 * (or the system property {@code boardpack.timings}). Off when neither is set. The
 * benchmark reads these lines; nothing else does.
 */
public final class StageTimings {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final Path FILE = file();

	private static final AtomicBoolean STARTED = new AtomicBoolean();

	private static final AtomicLong BEFORE_WALL = new AtomicLong();

	private static final AtomicLong BEFORE_CPU = new AtomicLong();

	private StageTimings() {
	}

	/** A stage begun on the current thread; {@link #end} records it. */
	public record Clock(long wallNanos, long cpuNanos) {

		public void end(String programme, String period, String stage) {
			record(programme, period, stage, System.nanoTime() - this.wallNanos, threadCpu() - this.cpuNanos);
		}

	}

	public static Clock start() {
		return new Clock(System.nanoTime(), threadCpu());
	}

	/**
	 * Records the process's start-up, once: wall time from the JVM's start to now, when
	 * the first job is about to start, and the CPU time of the whole process so far less
	 * the stages already recorded (reading input).
	 */
	public static void startUp() {
		if (FILE == null || !STARTED.compareAndSet(false, true)) {
			return;
		}
		long wall = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		long cpu = (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() : -1;
		write("-", "-", "start-up", wall * 1_000_000 - BEFORE_WALL.get(), cpu - BEFORE_CPU.get());
	}

	public static void record(String programme, String period, String stage, long wallNanos, long cpuNanos) {
		if (FILE == null) {
			return;
		}
		if (!STARTED.get()) {
			BEFORE_WALL.addAndGet(wallNanos);
			BEFORE_CPU.addAndGet(cpuNanos);
		}
		write(programme, period, stage, wallNanos, cpuNanos);
	}

	private static void write(String programme, String period, String stage, long wallNanos, long cpuNanos) {
		String line = String.format(Locale.ROOT, "%s\t%s\t%s\t%.1f\t%.1f%n", programme, period, stage, wallNanos / 1e6,
				cpuNanos / 1e6);
		synchronized (StageTimings.class) {
			try {
				Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static long threadCpu() {
		return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
	}

	private static Path file() {
		String name = System.getProperty("boardpack.timings", System.getenv("BOARDPACK_TIMINGS"));
		return (name == null || name.isBlank()) ? null : Path.of(name);
	}

}
