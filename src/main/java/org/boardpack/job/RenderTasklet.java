package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.boardpack.pack.Pack;
import org.boardpack.pack.PackMaker;
import org.boardpack.render.PackRenderer;
import org.boardpack.render.RenderThreads;
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
 * even if {@code programme.yml} has been edited since. The documents are written side by
 * side on the render threads, which every pack of the process shares, so a single pack
 * uses every processor and many packs at once do not start more threads than there are
 * processors.
 */
class RenderTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RenderTasklet.class);

	private final List<PackRenderer> renderers;

	private final PackMaker packs;

	private final BoardpackProperties properties;

	private final RunProgress progress;

	private final RenderThreads threads;

	RenderTasklet(List<PackRenderer> renderers, PackMaker packs, BoardpackProperties properties, RunProgress progress,
			RenderThreads threads) {
		this.renderers = renderers;
		this.packs = packs;
		this.properties = properties;
		this.progress = progress;
		this.threads = threads;
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
		// a renderer whose files the programme's outputs setting leaves out writes
		// nothing
		List<Document> documents = this.renderers.stream()
			.map((renderer) -> new Document(renderer, renderer.files().stream().filter(pack::includes).toList()))
			.filter((document) -> !document.files().isEmpty())
			.toList();
		int total = documents.stream().mapToInt((document) -> document.files().size()).sum();
		AtomicInteger started = new AtomicInteger();
		List<Future<?>> renders = new ArrayList<>();
		for (Document document : documents) {
			renders.add(this.threads.submit(() -> {
				int last = started.addAndGet(document.files().size());
				this.progress.stage(run, 3, "writing document %d of %d: %s".formatted(last, total, document.names()));
				StageTimings.Clock clock = StageTimings.start();
				document.renderer().render(pack, staging);
				clock.end(run.programme(), run.period().toString(), "render " + document.names());
				logger.info("Wrote %s for %s %s in %d ms".formatted(document.names(), run.programme(), run.period(),
						(System.nanoTime() - clock.wallNanos()) / 1_000_000));
				return null;
			}));
		}
		awaitAll(documents, renders, folder);
		this.progress.stage(run, 3, "wrote %d documents".formatted(total));
		return RepeatStatus.FINISHED;
	}

	/**
	 * Waits for every document, so that none is still writing when a failure removes the
	 * staged pack; then throws the failure of the first document that failed, naming its
	 * file when the disk filled up.
	 */
	private static void awaitAll(List<Document> documents, List<Future<?>> renders, PackFolder folder)
			throws Exception {
		Exception failure = null;
		Path failed = null;
		for (int i = 0; i < renders.size(); i++) {
			try {
				renders.get(i).get();
			}
			catch (InterruptedException ex) {
				renders.forEach((render) -> render.cancel(true));
				throw ex;
			}
			catch (ExecutionException ex) {
				if (failure == null) {
					failure = (ex.getCause() instanceof Exception cause) ? cause : ex;
					failed = folder.staging().resolve(documents.get(i).files().get(0).fileName());
				}
			}
		}
		if (failure != null) {
			throw DiskFullException.of(failure, folder, failed);
		}
	}

	/** A renderer with those of its files that the pack includes. */
	private record Document(PackRenderer renderer, List<OutputFile> files) {

		String names() {
			return this.files.stream().map(OutputFile::fileName).collect(Collectors.joining(" + "));
		}

	}

}
