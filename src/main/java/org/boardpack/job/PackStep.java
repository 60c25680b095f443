package org.boardpack.job;

import org.springframework.batch.core.step.StepExecution;

/**
 * The steps of the monthly pack, in the order they run: each with its name in the job
 * repository and the stage it is called in messages and timings.
 */
enum PackStep {

	INGEST("ingestStep", "ingest"), ROLLUP("rollupStep", "roll-up"), RENDER("renderStep", "render"),
	PUBLISH("publishStep", "publish");

	private final String stepName;

	private final String stage;

	PackStep(String stepName, String stage) {
		this.stepName = stepName;
		this.stage = stage;
	}

	String stepName() {
		return this.stepName;
	}

	String stage() {
		return this.stage;
	}

	/**
	 * The step an execution is of; null for a step of another job, such as a partition
	 * manager.
	 */
	static PackStep of(StepExecution execution) {
		for (PackStep step : values()) {
			if (step.stepName.equals(execution.getStepName())) {
				return step;
			}
		}
		return null;
	}

}
