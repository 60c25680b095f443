package org.boardpack.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * The worker's step as the queue's handler finds it by name: the monthly pack of one
 * partition, counted while it runs, so that a stopping worker knows when the pack under
 * way, and its record in the job repository, are done. Thread-safe.
 */
final class WorkerStep implements Step {

	private final Step pack;

	private final AtomicInteger running = new AtomicInteger();

	WorkerStep(Step pack) {
		this.pack = pack;
	}

	@Override
	public String getName() {
		return this.pack.getName();
	}

	@Override
	public boolean isAllowStartIfComplete() {
		return this.pack.isAllowStartIfComplete();
	}

	@Override
	public int getStartLimit() {
		return this.pack.getStartLimit();
	}

	@Override
	public void execute(StepExecution stepExecution) throws JobInterruptedException {
		this.running.incrementAndGet();
		try {
			this.pack.execute(stepExecution);
		}
		finally {
			this.running.decrementAndGet();
		}
	}

	/**
	 * Waits up to {@code wait} for the pack under way, if any, to end; returns whether
	 * none is running.
	 */
	boolean awaitIdle(Duration wait) throws InterruptedException {
		long deadline = System.nanoTime() + wait.toNanos();
		while (this.running.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		return this.running.get() == 0;
	}

}
