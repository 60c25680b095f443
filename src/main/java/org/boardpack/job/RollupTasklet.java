package org.boardpack.job;

import java.nio.file.Path;

import org.boardpack.programme.ProgrammeInput;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.boardpack.rollup.RollupJson;
import org.boardpack.store.ProgrammeStore;
import org.boardpack.system.BoardpackProperties;
import org.boardpack.system.OutputFile;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Rolls the period up from the store and writes {@code rollup.json} into a fresh staging
 * folder.
 */
class RollupTasklet implements Tasklet {

	private final ProgrammeStore store;

	private final BoardpackProperties properties;

	private final RunProgress progress;

	RollupTasklet(ProgrammeStore store, BoardpackProperties properties, RunProgress progress) {
		this.store = store;
		this.properties = properties;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		PackParameters run = PackParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
		ProgrammeInput data = this.store.loadWithoutUpdates(run.programme(), run.period());
		Rollup rollup = new RollupBuilder(data, this.store.history(run.programme(), run.period())).build(run.period());
		Path staging = PackFolder.of(this.properties.outputDir(), run).freshStaging();
		RollupJson.write(rollup, staging.resolve(OutputFile.ROLLUP.fileName()));
		this.progress.stage(run, 2, "rated %d actions and %d indicators: the programme is %s"
			.formatted(rollup.programme().actions(), rollup.indicators().size(), rollup.programme().rag().word()));
		return RepeatStatus.FINISHED;
	}

}
