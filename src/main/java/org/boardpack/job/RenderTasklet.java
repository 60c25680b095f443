package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.render.PackRenderer;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupJson;
import org.boardpack.store.ProgrammeStore;
import org.boardpack.system.BoardpackProperties;
import org.boardpack.system.StageTimings;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes every output of the pack into the staging folder from the staged {@code rollup.json}, so the outputs
 * are made from exactly the model that dashboards read, never from the store. Only the programme's settings are
 * read from the store, for which outputs it wants.
 */
class RenderTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RenderTasklet.class);

	private final List<PackRenderer> renderers;

	private final ProgrammeStore store;

	private final BoardpackProperties properties;

	RenderTasklet(List<PackRenderer> renderers, ProgrammeStore store, BoardpackProperties properties) {
		this.renderers = renderers;
		this.store = store;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		PackParameters run = PackParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
		PackFolder pack = PackFolder.of(this.properties.outputDir(), run);
		Path staging = pack.staging();
		if (!Files.isDirectory(staging)) {
			return RepeatStatus.FINISHED; // published before the run was cut short
		}
		Rollup rollup = RollupJson.read(staging.resolve(RollupTasklet.ROLLUP));
		ProgrammeSettings settings = this.store.settings(run.programme());
		for (PackRenderer renderer : this.renderers) {
			if (settings != null && !settings.writes(renderer.fileName())) {
				continue; // left out by the programme's outputs setting
			}
			StageTimings.Clock clock = StageTimings.start();
			render(renderer, rollup, run, pack);
			clock.end(run.programme(), run.period().toString(), "render " + renderer.fileName());
			logger.info("Wrote %s for %s %s in %d ms".formatted(renderer.fileName(), run.programme(), run.period(),
					(System.nanoTime() - clock.wallNanos()) / 1_000_000));
		}
		return RepeatStatus.FINISHED;
	}

	private static void render(PackRenderer renderer, Rollup rollup, PackParameters run, PackFolder pack)
			throws Exception {
		Path file = pack.staging().resolve(renderer.fileName());
		try {
			renderer.render(rollup, run.folder(), file);
		}
		catch (Exception ex) {
			if (DiskFullException.isDiskFull(ex)) {
				pack.discard();
				throw new DiskFullException(file, ex);
			}
			throw ex;
		}
	}

}
