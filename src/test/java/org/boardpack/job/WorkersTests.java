package org.boardpack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.TestFolders;
import org.boardpack.generate.SyntheticProgrammes;
import org.boardpack.system.StagedFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run of many handed to two worker processes through the queue in a real PostgreSQL
 * store, as two machines would run them, one worker killed with SIGKILL in the middle of
 * a pack. Each pack is made once, by whichever worker the job repository names, with the
 * bytes of a run of many on one machine.
 */
@EnabledIfEnvironmentVariable(named = "BOARDPACK_TEST_POSTGRES_URL", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkersTests {

	private static final Duration LIMIT = Duration.ofMinutes(5);

	private Path temp;

	private Path programmes;

	private Path reference;

	private final ChildRun.Store store = ChildRun.Store.postgres();

	@BeforeAll
	void runSixProgrammesOnOneMachine() throws Exception {
		this.temp = Files.createTempDirectory("boardpack-workers");
		this.programmes = this.temp.resolve("programmes");
		new SyntheticProgrammes(new SyntheticProgrammes.Shape(6, 40, 12, 4), 18).write(this.programmes);
		ChildRun local = start(this.temp.resolve("local"), Map.of(), "run", "--all", this.programmes.toString());
		assertThat(local.finish()).as(local.stderr()).isZero();
		this.reference = local.output();
	}

	@Test
	void sixProgrammesOnTwoWorkersOneKilledMidPackAreEachMadeOnceWithTheBytesOfALocalRun() throws Exception {
		// given two workers sharing one output folder, as on a shared filesystem
		long before = latestExecution();
		Path shared = this.temp.resolve("shared");
		ChildRun first = worker(shared, "worker-a");
		ChildRun second = worker(shared, "worker-b");
		awaitOutput(first, "is taking pack requests");
		awaitOutput(second, "is taking pack requests");

		// when a run of many hands them six programmes, and the first worker to start a
		// second pack is killed during it (which one depends on how the machine shares
		// its time between them)
		ChildRun manager = start(this.temp.resolve("manager"), settings(shared, Map.of("BOARDPACK_WORKERS", "true")),
				"run", "--all", this.programmes.toString());
		SecondPack started;
		try {
			started = awaitSecondPackStarted(first, second);
		}
		catch (AssertionError ex) {
			// no process is left to take the next test's requests
			for (ChildRun run : List.of(manager, first, second)) {
				run.kill();
			}
			throw ex;
		}
		String killedIn = started.programme();
		ChildRun survivor = (started.worker() == first) ? second : first;
		String survivorName = (survivor == first) ? "worker-a" : "worker-b";
		started.worker().kill();
		int status = manager.finish();
		int survivorStatus = survivor.terminate();

		// then every programme has its pack, with the bytes of the run on one machine
		assertThat(status).as(manager.stderr()).isZero();
		assertThat(manager.stdout()).contains("6 of 6 packs written.");
		List<String> names = UnattendedRunScenarios.entries(this.reference);
		assertThat(names).hasSize(6);
		for (String programme : names) {
			assertThat(manager.stdout()).contains(programme + " 2021-07: pack written to "
					+ shared.resolve("output").resolve(programme).resolve("2021-07"));
			assertSameTree(shared.resolve("output").resolve(programme), this.reference.resolve(programme));
		}

		// and each pack was made once: one completed monthly pack per programme, the
		// killed one finished by the other worker
		Map<String, List<String>> runs = monthlyPackRuns(before);
		assertThat(runs).containsOnlyKeys(names);
		runs.forEach((programme, statuses) -> assertThat(statuses).as(programme).containsOnlyOnce("COMPLETED"));
		assertThat(runs.get(killedIn)).as(killedIn).containsExactly("FAILED", "COMPLETED");

		// and the job repository says both workers made packs
		List<String> madeBy = partitionExits(before);
		assertThat(madeBy).hasSize(6).allMatch((exit) -> exit.startsWith("COMPLETED "));
		assertThat(madeBy).anyMatch((exit) -> exit.endsWith("made by worker worker-a"))
			.anyMatch((exit) -> exit.endsWith("made by worker worker-b"));
		assertThat(survivorStatus).as(survivor.stderr()).isZero();
		assertThat(survivor.stdout()).contains("Worker " + survivorName + " is stopping");
	}

	@Test
	void aRunOfManyWhoseManagerIsKilledIsResumedByRunningItAgainWithoutRemakingAPack() throws Exception {
		// given two workers, and a run of many whose manager is killed once the first
		// pack is published
		long before = latestExecution();
		Path shared = this.temp.resolve("resumed");
		ChildRun first = worker(shared, "worker-c");
		ChildRun second = worker(shared, "worker-d");
		ChildRun killed = start(this.temp.resolve("killed-manager"),
				settings(shared, Map.of("BOARDPACK_WORKERS", "true")), "run", "--all", this.programmes.toString());
		awaitPublished(first, second);
		killed.kill();

		// when the same command is run again
		ChildRun manager = start(this.temp.resolve("second-manager"),
				settings(shared, Map.of("BOARDPACK_WORKERS", "true")), "run", "--all", this.programmes.toString());
		int status = manager.finish();
		first.terminate();
		second.terminate();

		// then it reports all six packs, each made once, with the bytes of the run on one
		// machine
		assertThat(status).as(manager.stderr()).isZero();
		assertThat(manager.stdout()).contains("6 of 6 packs written.");
		List<String> names = UnattendedRunScenarios.entries(this.reference);
		for (String programme : names) {
			assertSameTree(shared.resolve("output").resolve(programme), this.reference.resolve(programme));
		}
		Map<String, List<String>> runs = monthlyPackRuns(before);
		assertThat(runs).containsOnlyKeys(names);
		runs.forEach((programme, statuses) -> assertThat(statuses).as(programme).containsExactly("COMPLETED"));
	}

	@Test
	void anExportWithWorkersHasItsPackMadeByAWorkerThenDeliversIt() throws Exception {
		// given a worker, and a programme that drops its pack in a folder
		long before = latestExecution();
		Path shared = this.temp.resolve("export");
		Path programme = TestFolders.copy(this.programmes.resolve("synthetic-003"),
				shared.resolve("programmes").resolve("synthetic-003"));
		Path drop = shared.resolve("drop");
		Files.writeString(programme.resolve("programme.yml"), "delivery:\n  folder: " + drop + "\n",
				StandardOpenOption.APPEND);
		ChildRun worker = worker(shared, "worker-e");
		awaitOutput(worker, "is taking pack requests");

		// when
		ChildRun export = start(shared.resolve("exporter"), settings(shared, Map.of("BOARDPACK_WORKERS", "true")),
				"export", programme.toString(), "--period", "2021-07");
		int status = export.finish();
		worker.terminate();

		// then
		Path pack = shared.resolve("output").resolve("synthetic-003").resolve("2021-07");
		assertThat(status).as(export.stderr()).isZero();
		assertThat(export.stdout()).contains("Pack written to " + pack).contains("delivered (1 attempt)");
		assertThat(Files.readAllBytes(drop.resolve("synthetic-003").resolve("2021-07").resolve("manifest.json")))
			.isEqualTo(Files.readAllBytes(pack.resolve("manifest.json")));
		assertThat(Files.readAllBytes(pack.resolve("board-paper.pdf"))).isEqualTo(Files
			.readAllBytes(this.reference.resolve("synthetic-003").resolve("2021-07").resolve("board-paper.pdf")));
		assertThat(partitionExits(before)).containsExactly("COMPLETED made by worker worker-e");
	}

	@Test
	void aRunOfManyThatNoWorkerAnswersSaysSoAndFails() throws Exception {
		// given no worker running

		// when
		ChildRun manager = start(this.temp.resolve("alone"),
				settings(this.temp.resolve("alone-shared"),
						Map.of("BOARDPACK_WORKERS", "true", "BOARDPACK_WORKER_WAIT", "2s")),
				"run", this.programmes.resolve("synthetic-001").toString(),
				this.programmes.resolve("synthetic-002").toString());
		int status = manager.finish();

		// then
		assertThat(status).isEqualTo(1);
		assertThat(manager.stderr()).contains("synthetic-001 (" + this.programmes.resolve("synthetic-001")
				+ "): failed: no worker was heard from within 2 s; start one (./boardpack worker)");
		assertThat(manager.stdout()).contains("0 of 2 packs written; 2 failed.");
		assertThat(this.temp.resolve("alone-shared").resolve("output")).doesNotExist();
	}

	@AfterAll
	void removeFolders() throws IOException {
		StagedFolder.delete(this.temp);
	}

	private ChildRun worker(Path shared, String name) throws IOException {
		return start(shared.resolve(name), settings(shared, Map.of("BOARDPACK_WORKER_NAME", name)), "worker");
	}

	/**
	 * Quick polls and a short timeout, so that the test does not wait long for a lost
	 * pack to be sent again.
	 */
	private static Map<String, String> settings(Path shared, Map<String, String> more) {
		Map<String, String> settings = new HashMap<>(Map.of("BOARDPACK_OUTPUT", shared.resolve("output").toString(),
				"BOARDPACK_WORKER_POLL", "300ms", "BOARDPACK_WORKER_TIMEOUT", "4s"));
		settings.putAll(more);
		return settings;
	}

	/**
	 * A process of the test, without the start-up cache: with it, the run of many run
	 * again after its manager was killed failed in two runs of this class out of three
	 * ("Attempt to update step execution ... with wrong version"), a race between the
	 * resumed manager and the workers that the quicker start brings out.
	 */
	private ChildRun start(Path folder, Map<String, String> settings, String... args) throws IOException {
		return ChildRun.startWithoutCache(folder, this.store, Files.createDirectories(this.temp.resolve("no-secrets")),
				settings, args);
	}

	private static void awaitOutput(ChildRun run, String text) throws Exception {
		await(run, "print \"" + text + "\"", (r) -> r.stdout().contains(text));
	}

	/** Waits until either worker has published a pack. */
	private static void awaitPublished(ChildRun one, ChildRun other) throws Exception {
		await(one, "publish a pack", (run) -> published(run) || published(other));
	}

	private static boolean published(ChildRun run) throws IOException {
		return run.timings().stream().anyMatch((line) -> line.length > 2 && line[2].equals("publish"));
	}

	/** A worker, and the programme of the second pack it started. */
	private record SecondPack(ChildRun worker, String programme) {
	}

	/**
	 * Waits until either worker has published one pack and ingested another; returns that
	 * worker and the second pack's programme.
	 */
	private static SecondPack awaitSecondPackStarted(ChildRun one, ChildRun other) throws Exception {
		SecondPack[] started = new SecondPack[1];
		await(one, "start a second pack (nor did the other)", (run) -> {
			for (ChildRun worker : List.of(one, other)) {
				String programme = secondPack(worker);
				if (programme != null) {
					started[0] = new SecondPack(worker, programme);
					return true;
				}
			}
			return false;
		});
		return started[0];
	}

	/**
	 * The programme of the second pack the worker started, once it has published one and
	 * ingested another; else null.
	 */
	private static String secondPack(ChildRun worker) throws IOException {
		List<String> published = new ArrayList<>();
		for (String[] line : worker.timings()) {
			if (line.length > 2 && line[2].equals("publish")) {
				published.add(line[0]);
			}
			else if (line.length > 2 && line[2].equals("ingest") && !published.isEmpty()
					&& !published.contains(line[0])) {
				return line[0];
			}
		}
		return null;
	}

	@FunctionalInterface
	private interface Condition {

		boolean holds(ChildRun run) throws Exception;

	}

	private static void await(ChildRun run, String what, Condition condition) throws Exception {
		long deadline = System.nanoTime() + LIMIT.toNanos();
		while (!condition.holds(run)) {
			if (!run.alive() || System.nanoTime() > deadline) {
				throw new AssertionError("the worker did not " + what + ":\n" + run.stdout() + run.stderr());
			}
			Thread.sleep(20);
		}
	}

	private static void assertSameTree(Path actual, Path expected) throws IOException {
		for (Path file : files(expected)) {
			Path relative = expected.relativize(file);
			assertThat(Files.readAllBytes(actual.resolve(relative))).as(relative.toString())
				.isEqualTo(Files.readAllBytes(file));
		}
		assertThat(files(actual).stream().map(actual::relativize).toList())
			.isEqualTo(files(expected).stream().map(expected::relativize).toList());
	}

	private static List<Path> files(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private long latestExecution() throws SQLException {
		try (Connection connection = this.store.connect();
				ResultSet result = connection.createStatement()
					.executeQuery("select coalesce(max(job_execution_id), 0) from batch_job_execution")) {
			result.next();
			return result.getLong(1);
		}
	}

	/**
	 * The statuses of each programme's monthly pack executions since {@code after},
	 * oldest first.
	 */
	private Map<String, List<String>> monthlyPackRuns(long after) throws SQLException {
		Map<String, List<String>> runs = new HashMap<>();
		try (Connection connection = this.store.connect(); PreparedStatement query = connection.prepareStatement("""
				select p.parameter_value, e.status from batch_job_execution e
				join batch_job_instance i on i.job_instance_id = e.job_instance_id
				join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
				where i.job_name = 'monthlyPack' and p.parameter_name = 'programme' and e.job_execution_id > ?
				order by e.job_execution_id""")) {
			query.setLong(1, after);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					runs.computeIfAbsent(result.getString(1), (key) -> new ArrayList<>()).add(result.getString(2));
				}
			}
		}
		return runs;
	}

	/**
	 * Each partition's status and exit description in the run of many started since
	 * {@code after}.
	 */
	private List<String> partitionExits(long after) throws SQLException {
		List<String> exits = new ArrayList<>();
		try (Connection connection = this.store.connect(); PreparedStatement query = connection.prepareStatement("""
				select s.status, s.exit_message from batch_step_execution s
				join batch_job_execution e on e.job_execution_id = s.job_execution_id
				join batch_job_instance i on i.job_instance_id = e.job_instance_id
				where i.job_name = 'allPacks' and e.job_execution_id > ? and s.step_name like 'remotePackStep:%'""")) {
			query.setLong(1, after);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					exits.add(result.getString(1) + " " + result.getString(2));
				}
			}
		}
		return exits;
	}

}
