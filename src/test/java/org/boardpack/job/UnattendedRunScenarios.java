package org.boardpack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.boardpack.system.StagedFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly pack run as an unattended service runs it, in processes of its own: killed
 * at several points and run again, stopped by SIGTERM and restarted, and started twice at
 * once. Each ends with the bytes of a run never interrupted and a store without duplicate
 * rows. Each store runs these scenarios in a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UnattendedRunScenarios {

	static final Path BUNDLED = Path.of("jobs/bromley-csc-2016").toAbsolutePath();

	static final String PROGRAMME = "bromley-csc-2016";

	static final String PERIOD = "2017-10";

	/**
	 * Made here rather than injected: the uninterrupted run below needs it before the
	 * first test.
	 */
	Path temp;

	private Path reference;

	private Map<String, Long> referenceRows;

	/**
	 * The store the child runs of one scenario share, under {@code folder} where it is a
	 * file.
	 */
	abstract ChildRun.Store store(Path folder);

	/** What the second of two runs of the same programme at once says. */
	abstract String busyMessage();

	@BeforeAll
	void runOnceUninterrupted() throws Exception {
		this.temp = Files.createTempDirectory("boardpack-unattended");
		Path folder = this.temp.resolve("reference");
		ChildRun run = start(folder, "run", BUNDLED.toString());
		assertThat(run.finish()).as(run.stderr()).isZero();
		this.reference = pack(run);
		this.referenceRows = store(folder).rowCounts();
	}

	@Test
	void aRunKilledAfterIngestThenDuringRenderAndStoppedBySigtermEndsWithTheSameBytesAsOneNeverInterrupted()
			throws Exception {
		// given a run killed once ingest has finished
		Path folder = this.temp.resolve("interrupted");
		ChildRun.Store store = store(folder);
		start(folder, "run", BUNDLED.toString()).awaitStage("ingest").kill();

		// and run again, killed once the roll-up has finished
		start(folder, "run", BUNDLED.toString()).awaitStage("roll-up").kill();

		// and restarted, then sent SIGTERM during the render stage
		ChildRun stopped = start(folder, "restart", BUNDLED.toString()).awaitStage("render board-paper.html");
		int stoppedStatus = stopped.terminate();
		String stoppedMessage = stopped.stderr();
		List<String> stoppedStages = stopped.stagesDone();
		String stoppedRun = store.latestRunStatus();
		boolean publishedWhenStopped = Files.exists(stopped.output().resolve(PROGRAMME).resolve(PERIOD));

		// when restarted once more
		ChildRun resumed = start(folder, "restart", BUNDLED.toString());
		int resumedStatus = resumed.finish();

		// then
		assertThat(stoppedStatus).as(stoppedMessage).isEqualTo(5);
		// the render under way when SIGTERM came was finished and kept: the resumed run
		// only publishes
		assertThat(stoppedMessage)
			.startsWith("boardpack: stopped the run of bromley-csc-2016 for 2017-10; run again "
					+ "to resume (from the publish stage)")
			.doesNotContain("Exception");
		assertThat(stoppedStages).contains("render");
		assertThat(resumed.stagesDone()).containsExactly("publish");
		assertThat(stoppedRun).isEqualTo("STOPPED");
		assertThat(publishedWhenStopped).isFalse();
		assertThat(resumedStatus).as(resumed.stderr()).isZero();
		assertThat(resumed.stdout()).startsWith("Resuming the run of bromley-csc-2016 for 2017-10 (stopped, started ");
		assertSameBytes(pack(resumed));
		assertThat(entries(resumed.output().resolve(PROGRAMME))).containsExactly(PERIOD);
		assertThat(store.rowCounts()).isEqualTo(this.referenceRows);
	}

	@Test
	void twoRunsOfTheSameProgrammeAtOnceGiveOnePackAndARefusalThatSaysWhy() throws Exception {
		// given
		Path folder = this.temp.resolve("concurrent");
		Path first = folder.resolve("first");
		Path second = folder.resolve("second");

		// when
		ChildRun one = start(first, folder, "run", BUNDLED.toString());
		ChildRun two = start(second, folder, "run", BUNDLED.toString());
		int oneStatus = one.finish();
		int twoStatus = two.finish();

		// then
		assertThat(List.of(oneStatus, twoStatus)).as(one.stderr() + two.stderr()).containsExactlyInAnyOrder(0, 4);
		ChildRun done = (oneStatus == 0) ? one : two;
		ChildRun refused = (oneStatus == 0) ? two : one;
		assertThat(refused.stderr()).contains(busyMessage()).doesNotContain("Exception");
		assertThat(refused.output().resolve(PROGRAMME)).doesNotExist();
		assertSameBytes(pack(done));
		assertThat(store(folder).rowCounts()).isEqualTo(this.referenceRows);
	}

	@AfterAll
	void removeFolders() throws IOException {
		StagedFolder.delete(this.temp);
	}

	ChildRun start(Path folder, String... args) throws IOException {
		return start(folder, folder, args);
	}

	/** A run writing under {@code folder} with the store of {@code storeFolder}. */
	ChildRun start(Path folder, Path storeFolder, String... args) throws IOException {
		return ChildRun.start(folder, store(storeFolder), Files.createDirectories(this.temp.resolve("no-secrets")),
				args);
	}

	static Path pack(ChildRun run) {
		return run.output().resolve(PROGRAMME).resolve(PERIOD);
	}

	void assertSameBytes(Path pack) throws IOException {
		assertThat(entries(pack)).isEqualTo(entries(this.reference)).contains("manifest.json", "rollup.json");
		for (String name : entries(this.reference)) {
			assertThat(Files.readAllBytes(pack.resolve(name))).as(name)
				.isEqualTo(Files.readAllBytes(this.reference.resolve(name)));
		}
	}

	static List<String> entries(Path folder) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.map((path) -> path.getFileName().toString()).sorted().toList();
		}
	}

}
