package org.boardpack.job;

import org.boardpack.system.StageTimings;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Records each step of the monthly pack as a stage of {@link StageTimings}. A step runs
 * on one thread, so that thread's CPU time is the stage's.
 */
final class StageTimingListener implements StepExecutionListener {

	private final String stage;

	private final ThreadLocal<StageTimings.Clock> clock = new ThreadLocal<>();

	StageTimingListener(String stage) {
		this.stage = stage;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.clock.set(StageTimings.start());
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		StageTimings.Clock started = this.clock.get();
		this.clock.remove();
		if (started != null) {
			var parameters = stepExecution.getJobParameters();
			started.end(parameters.getString("programme"), parameters.getString("period"), this.stage);
		}
		return null;
	}

}
