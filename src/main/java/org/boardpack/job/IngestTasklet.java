package org.boardpack.job;

import org.boardpack.input.Counted;
import org.boardpack.input.Problems;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.store.ProgrammeStore;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads and validates the programme folder, then stores it up to the run's period. Runs
 * in the step's transaction: on any problem nothing is stored.
 */
class IngestTasklet implements Tasklet {

	private final ProgrammeStore store;

	private final ProgrammeInputs inputs;

	private final RunProgress progress;

	IngestTasklet(ProgrammeStore store, ProgrammeInputs inputs, RunProgress progress) {
		this.store = store;
		this.inputs = inputs;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		PackParameters run = PackParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
		ProgrammeInput input = this.inputs.take(run.folder(), run.inputs());
		if (!input.settings().covers(run.period())) {
			Problems problems = new Problems();
			problems.file("programme.yml", "the period %s is outside the programme (%s to %s)", run.period(),
					input.settings().start(), input.settings().end());
			problems.throwIfAny();
		}
		this.progress.stage(run, 1,
				"read %s: %s, %s, %s, %s".formatted(Counted.of(input.checksums().size(), "file"),
						Counted.of(input.priorities().size(), "priority"), Counted.of(input.actions().size(), "action"),
						Counted.of(input.indicators().size(), "indicator"),
						Counted.of(input.updates().size(), "monthly return")));
		this.store.save(input, run.period());
		contribution.incrementWriteCount(input.actions().size());
		return RepeatStatus.FINISHED;
	}

}
