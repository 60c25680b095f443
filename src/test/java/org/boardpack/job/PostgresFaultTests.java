package org.boardpack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.boardpack.ThrowawayPostgres;
import org.boardpack.system.StagedFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs on a PostgreSQL server of the test's own that is restarted or stopped under them:
 * the run stops with one clear sentence and never publishes without its run lock, and the
 * next run completes without hand repair.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("org.boardpack.ThrowawayPostgres#available")
class PostgresFaultTests {

	private static final Path BUNDLED = UnattendedRunScenarios.BUNDLED;

	private ThrowawayPostgres server;

	private Path temp;

	private Path reference;

	@BeforeAll
	void startServerAndRunOnce() throws Exception {
		this.server = ThrowawayPostgres.start();
		this.temp = Files.createTempDirectory("boardpack-postgres-faults");
		ChildRun run = start(this.temp.resolve("reference"), "run", BUNDLED.toString());
		assertThat(run.finish()).as(run.stderr()).isZero();
		this.reference = UnattendedRunScenarios.pack(run);
	}

	@Test
	void aServerRestartedDuringTheRenderStopsTheRunBeforePublishingAndTheNextRunCompletes() throws Exception {
		// given a run in its render stage when the server restarts, ending the session
		// that holds its lock
		Path folder = this.temp.resolve("restarted");
		ChildRun cut = start(folder, "run", BUNDLED.toString()).awaitStage("render board-paper.html");
		this.server.restart();

		// when
		int status = cut.finish();
		boolean published = Files.exists(UnattendedRunScenarios.pack(cut));
		ChildRun next = start(folder, "run", BUNDLED.toString());
		int nextStatus = next.finish();

		// then
		// the run finds the restart when it next uses the store (the render's own
		// connection, cut by the restart)
		// or, if that connection was new, when it confirms its lock before publishing:
		// either way one sentence
		assertThat(status).as(cut.stderr()).isEqualTo(1);
		assertThat(cut.stderr()).satisfiesAnyOf(
				(message) -> assertThat(message)
					.startsWith("boardpack: lost the store " + "(the PostgreSQL server at 127.0.0.1:"
							+ this.server.port() + ") during the run of bromley-csc-2016 " + "for 2017-10: "),
				(message) -> assertThat(message).startsWith("boardpack: the run of bromley-csc-2016 "
						+ "for 2017-10 lost its run lock (the PostgreSQL server restarted"));
		assertThat(cut.stderr().lines()).hasSize(1);
		assertThat(published).isFalse();
		assertThat(nextStatus).as(next.stderr()).isZero();
		assertSameBytes(next);
	}

	@Test
	void aServerGoneDuringTheRunGivesOneSentenceNamingTheServerAndTheNextRunCompletes() throws Exception {
		// given a run in its render stage when the server stops
		Path folder = this.temp.resolve("outage");
		ChildRun cut = start(folder, "run", BUNDLED.toString()).awaitStage("render board-paper.html");
		this.server.stop();

		// when
		int status;
		try {
			status = cut.finish();
		}
		finally {
			this.server.startServer();
		}
		boolean published = Files.exists(UnattendedRunScenarios.pack(cut));
		ChildRun next = start(folder, "run", BUNDLED.toString());
		int nextStatus = next.finish();

		// then
		assertThat(status).as(cut.stderr()).isEqualTo(1);
		assertThat(cut.stderr())
			.startsWith("boardpack: lost the store (the PostgreSQL server at 127.0.0.1:" + this.server.port()
					+ ") during the run of bromley-csc-2016 for 2017-10")
			.doesNotContain("Exception", "\tat ");
		assertThat(cut.stderr().lines()).hasSize(1);
		assertThat(published).isFalse();
		assertThat(nextStatus).as(next.stderr()).isZero();
		assertSameBytes(next);
	}

	@Test
	void aSecondRunRefusedByTheRunLockNamesThePeriodAndStartOfTheRunThatHoldsIt() throws Exception {
		// given a run that holds the programme's lock
		Path folder = this.temp.resolve("concurrent");
		ChildRun first = start(folder.resolve("first"), "run", BUNDLED.toString()).awaitStage("ingest");

		// when
		ChildRun second = start(folder.resolve("second"), "run", BUNDLED.toString());
		int secondStatus = second.finish();
		int firstStatus = first.finish();

		// then
		assertThat(secondStatus).as(second.stderr()).isEqualTo(4);
		assertThat(second.stderr()).matches("boardpack: another run of bromley-csc-2016 for 2017-10 is in progress "
				+ "\\(started \\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d\\); wait for it to finish, then run again\n");
		assertThat(firstStatus).as(first.stderr()).isZero();
	}

	@AfterAll
	void stopServer() throws Exception {
		try {
			this.server.close();
		}
		finally {
			StagedFolder.delete(this.temp);
		}
	}

	private ChildRun start(Path folder, String... args) throws IOException {
		ChildRun.Store store = new ChildRun.Store("PostgreSQL", this.server.environment(), this.server.url(),
				this.server.user(), this.server.password());
		// A run finds the server gone when a new connection to it times out: 3 s instead
		// of the usual 10 s.
		return ChildRun.start(folder, store, Files.createDirectories(this.temp.resolve("no-secrets")),
				Map.of("BOARDPACK_DB_CONNECTION_TIMEOUT_MS", "3000"), args);
	}

	private void assertSameBytes(ChildRun run) throws IOException {
		Path pack = UnattendedRunScenarios.pack(run);
		for (String name : UnattendedRunScenarios.entries(this.reference)) {
			assertThat(Files.readAllBytes(pack.resolve(name))).as(name)
				.isEqualTo(Files.readAllBytes(this.reference.resolve(name)));
		}
		assertThat(UnattendedRunScenarios.entries(pack)).isEqualTo(UnattendedRunScenarios.entries(this.reference));
	}

}
