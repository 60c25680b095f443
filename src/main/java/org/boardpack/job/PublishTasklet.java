package org.boardpack.job;

import java.nio.file.Files;

import org.boardpack.store.ProgrammeStore;
import org.boardpack.system.BoardpackProperties;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Adds {@code manifest.json} to the staged pack and moves the pack into place. */
class PublishTasklet implements Tasklet {

	private final ProgrammeStore store;

	private final BoardpackProperties properties;

	private final RunLocks locks;

	private final RunProgress progress;

	PublishTasklet(ProgrammeStore store, BoardpackProperties properties, RunLocks locks, RunProgress progress) {
		this.store = store;
		this.properties = properties;
		this.locks = locks;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		PackParameters run = PackParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
		PackFolder pack = PackFolder.of(this.properties.outputDir(), run);
		if (!Files.isDirectory(pack.staging()) && Files.exists(pack.published().resolve(Manifest.FILE))) {
			return RepeatStatus.FINISHED; // published before the run was cut short
		}
		Manifest
			.of(pack.staging(), run.period(), this.properties.version(), this.store.settings(run.programme()),
					this.store.checksums(run.programme()))
			.write(pack.staging());
		this.locks.confirmHeld(run.programme(), run.period()); // last moment before the
																// pack is replaced
		pack.publish();
		this.progress.stage(run, 4, "published the pack to " + pack.published());
		return RepeatStatus.FINISHED;
	}

}
