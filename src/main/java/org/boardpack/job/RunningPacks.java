package org.boardpack.job;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The monthly pack runs going on in this process, so that a shutdown can ask each to stop
 * at its next step boundary and wait for them. A stopped run leaves the published pack as
 * it was and its staging folder for the run that resumes it. Thread-safe.
 * <p>
 * A stage already under way is let finish and is kept: the stop takes effect as the next
 * stage begins. Spring Batch's own stop would instead mark the stage under way as stopped
 * when it ends, so the resumed run would do a finished render again.
 */
@Component
public class RunningPacks implements JobExecutionListener, StepExecutionListener {

	private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();

	private final JobOperator operator;

	private volatile boolean stopping;

	RunningPacks(JobOperator operator) {
		this.operator = operator;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.running.add(execution);
		if (this.stopping) {
			stop(execution); // started while the process was being stopped
		}
	}

	@Override
	public void beforeStep(StepExecution step) {
		if (this.stopping) {
			step.setTerminateOnly(); // the step stops before doing anything, and is the
										// one a resume starts at
		}
	}

	@Override
	public void afterJob(JobExecution execution) {
		this.running.remove(execution);
	}

	boolean stopping() {
		return this.stopping;
	}

	/**
	 * Asks every run to stop as its next stage begins, and any run about to start not to,
	 * then waits up to {@code wait} for them to stop. Returns whether every run stopped
	 * in time.
	 */
	public boolean stopAll(Duration wait) throws InterruptedException {
		this.stopping = true;
		long deadline = System.nanoTime() + wait.toNanos();
		while (!this.running.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		return this.running.isEmpty();
	}

	private void stop(JobExecution execution) {
		try {
			this.operator.stop(execution);
		}
		catch (JobExecutionNotRunningException ex) {
			// it ended on its own meanwhile
		}
	}

}
