package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.boardpack.pack.Pack;
import org.boardpack.pack.PackMaker;
import org.boardpack.render.PackRenderer;
import org.boardpack.rollup.RollupJson;
import org.boardpack.system.BoardpackProperties;
import org.boardpack.system.OutputFile;
import org.boardpack.system.StageTimings;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes every document of the pack into the staging folder from one {@link Pack}, made
 * once from the staged {@code rollup.json} (the model that dashboards read) and the
 * settings as the run stored them, so a resumed render says what the run's roll-up says
 * even if {@code programme.yml} has been edited since.
 */
class RenderTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RenderTasklet.class);

	private final List<PackRenderer> renderers;

	private final PackMaker packs;

	private final BoardpackProperties properties;

	private final RunProgress progress;

	RenderTasklet(List<PackRenderer> renderers, PackMaker packs, BoardpackProperties properties, RunProgress progress) {
		this.renderers = renderers;
		this.packs = packs;
		this.properties = properties;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		PackParameters run = PackParameters.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
		PackFolder folder = PackFolder.of(this.properties.outputDir(), run);
		Path staging = folder.staging();
		if (!Files.isDirectory(staging)) {
			return RepeatStatus.FINISHED; // published before the run was cut short
		}
		Pack pack = this.packs.make(RollupJson.read(staging.resolve(OutputFile.ROLLUP.fileName())), run.folder());
		int documents = (int) this.renderers.stream()
			.flatMap((renderer) -> renderer.files().stream())
			.filter(pack::includes)
			.count();
		int written = 0;
		for (PackRenderer renderer : this.renderers) {
			List<OutputFile> files = renderer.files().stream().filter(pack::includes).toList();
			if (files.isEmpty()) {
				continue; // left out by the programme's outputs setting
			}
			String names = files.stream().map(OutputFile::fileName).collect(Collectors.joining(" + "));
			written += files.size();
			this.progress.stage(run, 3, "writing document %d of %d: %s".formatted(written, documents, names));
			StageTimings.Clock clock = StageTimings.start();
			render(renderer, pack, folder, files.get(0));
			clock.end(run.programme(), run.period().toString(), "render " + names);
			logger.info("Wrote %s for %s %s in %d ms".formatted(names, run.programme(), run.period(),
					(System.nanoTime() - clock.wallNanos()) / 1_000_000));
		}
		this.progress.stage(run, 3, "wrote %d documents".formatted(written));
		return RepeatStatus.FINISHED;
	}

	/**
	 * Renders one document; a full disk removes the staged pack, whose files may be cut
	 * short, and names the file.
	 */
	private static void render(PackRenderer renderer, Pack pack, PackFolder folder, OutputFile first) throws Exception {
		try {
			renderer.render(pack, folder.staging());
		}
		catch (Exception ex) {
			throw DiskFullException.of(ex, folder, folder.staging().resolve(first.fileName()));
		}
	}

}
