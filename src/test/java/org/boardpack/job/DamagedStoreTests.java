package org.boardpack.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.TestFolders;
import org.boardpack.system.StagedFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A damaged embedded store stops every command with a message that says how to recover,
 * and changes nothing; {@code --new-store} puts it aside on purpose, after which runs
 * succeed again without hand repair.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DamagedStoreTests {

	private static final Path BUNDLED = Path.of("jobs/bromley-csc-2016").toAbsolutePath();

	private static final String DAMAGED = "boardpack: the embedded store %s is damaged: %s. Nothing was run or "
			+ "changed. Stop boardpack and put the store folder back from a backup, or run again with --new-store";

	private Path temp;

	/**
	 * The bundled programme writing its exception report alone: these tests are about the
	 * store, which records the same runs whatever documents a run writes.
	 */
	private Path programme;

	/** A store after two runs of the same period. */
	private Path twoRuns;

	/** The same store's file after the first of them. */
	private Path afterOneRun;

	@BeforeAll
	void runTwice() throws Exception {
		this.temp = Files.createTempDirectory("boardpack-damaged");
		this.programme = TestFolders.copy(BUNDLED, this.temp.resolve("bromley-csc-2016"));
		Files.writeString(this.programme.resolve("programme.yml"), "outputs: [exception-report]\n",
				StandardOpenOption.APPEND);
		Path folder = this.temp.resolve("runs");
		ChildRun first = start(folder, "run", this.programme.toString());
		assertThat(first.finish()).as(first.stderr()).isZero();
		this.afterOneRun = Files.copy(file(folder), this.temp.resolve("after-one-run.mv.db"));
		ChildRun second = start(folder, "run", this.programme.toString());
		assertThat(second.finish()).as(second.stderr()).isZero();
		this.twoRuns = folder.resolve("store");
	}

	@Test
	void aStoreCutToNothingStopsTheRunAndNewStoreStartsAfreshOnPurpose() throws Exception {
		// given
		Path folder = copyOfStore("empty");
		truncate(file(folder), 0);

		// when
		ChildRun refused = start(folder, "history");
		int refusedStatus = refused.finish();
		long sizeAfterRefusal = Files.size(file(folder));
		ChildRun fresh = start(folder, "run", this.programme.toString(), "--new-store");
		int freshStatus = fresh.finish();
		ChildRun next = start(folder, "history");
		int nextStatus = next.finish();

		// then
		assertThat(refusedStatus).isEqualTo(1);
		assertThat(refused.stderr()).startsWith(DAMAGED.formatted(file(folder), "the file is empty (0 bytes)"))
			.doesNotContain("Exception");
		assertThat(sizeAfterRefusal).isZero();
		assertThat(freshStatus).as(fresh.stderr()).isZero();
		assertThat(fresh.stderr()).contains("boardpack: the embedded store " + file(folder)
				+ " was damaged (the file is empty (0 bytes)); it was put aside as boardpack.mv.db.damaged-");
		assertThat(entries(folder.resolve("store"))).anyMatch((name) -> name.startsWith("boardpack.mv.db.damaged-"));
		assertThat(nextStatus).as(next.stderr()).isZero();
		assertThat(next.stdout()).contains("bromley-csc-2016  2017-10        1  completed");
	}

	@Test
	void aStoreCutInHalfIsNeverOpenedSilentlyAtAnOlderState() throws Exception {
		// given
		Path folder = copyOfStore("half");
		long size = Files.size(file(folder));
		truncate(file(folder), size / 2);

		// when
		ChildRun history = start(folder, "history");
		int status = history.finish();

		// then either H2 still finds every record in the half left (it keeps its live
		// pages at the start of the
		// file when it closes it), or the command stops, says the store is damaged, and
		// leaves it as it was
		if (status == 0) {
			assertThat(history.stdout()).contains("bromley-csc-2016  2017-10        2  completed",
					"bromley-csc-2016  2017-10        1  completed");
		}
		else {
			assertThat(status).isEqualTo(1);
			assertThat(history.stderr()).startsWith("boardpack: the embedded store " + file(folder) + " is damaged: ")
				.contains("--new-store")
				.doesNotContain("Exception");
			assertThat(Files.size(file(folder))).isEqualTo(size / 2);
		}
	}

	@Test
	void aStoreCutToItsHeadersWhichH2WouldOpenAsEmptyStopsTheRun() throws Exception {
		// given the file cut to H2's two header blocks, which H2 itself opens as a new,
		// empty store
		Path folder = copyOfStore("headers");
		truncate(file(folder), 8192);

		// when
		ChildRun refused = start(folder, "run", this.programme.toString());
		int status = refused.finish();

		// then
		assertThat(status).isEqualTo(1);
		assertThat(refused.stderr()).startsWith("boardpack: the embedded store " + file(folder) + " is damaged: ")
			.contains("Nothing was run or changed", "--new-store")
			.doesNotContain("Exception");
		assertThat(Files.size(file(folder))).isEqualTo(8192);
		assertThat(refused.output()).doesNotExist();
	}

	@Test
	void aStoreTakenBackToAnOlderCopyStopsTheRun() throws Exception {
		// given the store file of two runs ago put back, as a file cut short at an older
		// state opens
		Path folder = copyOfStore("older");
		Files.copy(this.afterOneRun, file(folder), StandardCopyOption.REPLACE_EXISTING);

		// when
		ChildRun refused = start(folder, "history");
		int status = refused.finish();

		// then
		assertThat(status).isEqualTo(1);
		assertThat(refused.stderr())
			.startsWith(DAMAGED.formatted(file(folder), "it holds older records than it " + "last did (latest run 1, ")
				.replaceFirst("\\. Nothing.*", ""))
			.containsPattern("and latest delivery 0, where 2, \\d+ and 0 were recorded\\); the file was cut short "
					+ "or replaced by an older copy\\. Nothing was run or changed");
	}

	@Test
	void runsLeaveNoGrowingTraceFileBesideTheStore() throws Exception {
		assertThat(entries(this.twoRuns)).noneMatch((name) -> name.endsWith(".trace.db"));
	}

	@AfterAll
	void removeFolders() throws IOException {
		StagedFolder.delete(this.temp);
	}

	private Path copyOfStore(String name) throws IOException {
		Path folder = this.temp.resolve(name);
		Files.createDirectories(folder.resolve("store"));
		for (String entry : entries(this.twoRuns)) {
			Files.copy(this.twoRuns.resolve(entry), folder.resolve("store").resolve(entry));
		}
		return folder;
	}

	private ChildRun start(Path folder, String... args) throws IOException {
		return ChildRun.start(folder, ChildRun.Store.embedded(folder.resolve("store")),
				Files.createDirectories(this.temp.resolve("no-secrets")), args);
	}

	private static Path file(Path folder) {
		return folder.resolve("store").resolve("boardpack.mv.db").toAbsolutePath();
	}

	private static void truncate(Path file, long size) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.truncate(size);
		}
	}

	private static List<String> entries(Path folder) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.map((path) -> path.getFileName().toString()).sorted().toList();
		}
	}

}
