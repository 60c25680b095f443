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

	private final RunProgress progress;

	RenderTasklet(List<PackRenderer> renderers, ProgrammeStore store, BoardpackProperties properties,
			RunProgress progress) {
		this.renderers = renderers;
		this.store = store;
		this.properties = properties;
		this.progress = progress;
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
		List<PackRenderer> wanted = this.renderers.stream()
			.filter((r) -> settings == null || settings.writes(r.fileName())) // the programme's outputs setting
			.toList();
		int written = 0;
		for (PackRenderer renderer : wanted) {
			this.progress.stage(run, 3, "writing document %d of %d: %s".formatted(++written, wanted.size(),
					renderer.fileName()));
			StageTimings.Clock clock = StageTimings.start();
			renderer.render(rollup, run.folder(), staging.resolve(renderer.fileName()));
			clock.end(run.programme(), run.period().toString(), "render " + renderer.fileName());
			logger.info("Wrote %s for %s %s in %d ms".formatted(renderer.fileName(), run.programme(), run.period(),
					(System.nanoTime() - clock.wallNanos()) / 1_000_000));
		}
		this.progress.stage(run, 3, "wrote %d documents".formatted(written));
		return RepeatStatus.FINISHED;
	}

}
