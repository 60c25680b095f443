package org.boardpack.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application run as its own process, as a service manager runs it: the test's Java
 * and the application's classes (see {@link ChildJava}), its own output folder, store and
 * timings file, and a store chosen by environment variables alone. Lets a test kill it at
 * a stage, or send it SIGTERM.
 */
public final class ChildRun {

	private static final Duration LIMIT = Duration.ofMinutes(5);

	/** The stages in the order a run passes them, as the timings file names them. */
	private static final List<String> STAGES = List.of("ingest", "roll-up", "render ", "render", "publish");

	private static final AtomicInteger RUNS = new AtomicInteger();

	private final Process process;

	private final Path folder;

	private final String name;

	private ChildRun(Process process, Path folder, String name) {
		this.process = process;
		this.folder = folder;
		this.name = name;
	}

	/** Where a child run keeps its store, and how it is told so. */
	public record Store(String name, Map<String, String> environment, String url, String user, String password) {

		public static Store embedded(Path folder) {
			return new Store("H2", Map.of("BOARDPACK_STORE", folder.toString()),
					"jdbc:h2:file:" + folder.toAbsolutePath() + "/boardpack", "sa", "");
		}

		static Store postgres() {
			String url = System.getenv("BOARDPACK_TEST_POSTGRES_URL");
			String user = System.getenv("BOARDPACK_TEST_POSTGRES_USER");
			String password = System.getenv("BOARDPACK_TEST_POSTGRES_PASSWORD");
			return new Store("PostgreSQL", Map.of("SPRING_PROFILES_ACTIVE", "postgres", "BOARDPACK_DB_URL", url,
					"BOARDPACK_DB_USER", user, "BOARDPACK_DB_PASSWORD", password), url, user, password);
		}

		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

		/**
		 * Rows in each table of the programme store (not the job repository's), by table
		 * name.
		 */
		Map<String, Long> rowCounts() throws SQLException {
			Map<String, Long> counts = new TreeMap<>();
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				List<String> tables = new ArrayList<>();
				try (ResultSet result = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
					while (result.next()) {
						String schema = String.valueOf(result.getString("TABLE_SCHEM")).toLowerCase();
						String table = result.getString("TABLE_NAME").toLowerCase();
						if ((schema.equals("public")) && !table.startsWith("batch_") && !table.startsWith("flyway")) {
							tables.add(table);
						}
					}
				}
				for (String table : tables) {
					try (ResultSet result = statement.executeQuery("select count(*) from " + table)) {
						result.next();
						counts.put(table, result.getLong(1));
					}
				}
			}
			return counts;
		}

		/** The status of the latest run recorded in the job repository. */
		String latestRunStatus() throws SQLException {
			try (Connection connection = connect();
					Statement statement = connection.createStatement();
					ResultSet result = statement
						.executeQuery("select status from batch_job_execution " + "order by job_execution_id desc")) {
				return result.next() ? result.getString(1) : null;
			}
		}

	}

	/**
	 * Starts {@code boardpack args...} writing under {@code folder}: output/, stdout,
	 * stderr and timings.
	 */
	public static ChildRun start(Path folder, Store store, Path secrets, String... args) throws IOException {
		return start(folder, store, secrets, Map.of(), args);
	}

	/**
	 * As {@link #start(Path, Store, Path, String...)}, with settings of its own, which
	 * win over the others.
	 */
	public static ChildRun start(Path folder, Store store, Path secrets, Map<String, String> settings, String... args)
			throws IOException {
		return start(ChildJava.command(), folder, store, secrets, settings, args);
	}

	/**
	 * As {@link #start(Path, Store, Path, Map, String...)}, without the start-up cache:
	 * for processes whose timing against each other a test relies on.
	 */
	static ChildRun startWithoutCache(Path folder, Store store, Path secrets, Map<String, String> settings,
			String... args) throws IOException {
		return start(ChildJava.commandWithoutCache(), folder, store, secrets, settings, args);
	}

	private static ChildRun start(List<String> java, Path folder, Store store, Path secrets,
			Map<String, String> settings, String... args) throws IOException {
		Files.createDirectories(folder);
		Files.deleteIfExists(folder.resolve("timings.tsv"));
		List<String> command = new ArrayList<>(java);
		command.add("org.boardpack.cli.Cli");
		command.addAll(List.of(args));
		String name = "run-" + RUNS.incrementAndGet();
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(folder.resolve(name + ".out").toFile())
			.redirectError(folder.resolve(name + ".err").toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf((key) -> key.startsWith("SPRING_") || key.startsWith("BOARDPACK_"));
		environment.put("BOARDPACK_OUTPUT", folder.resolve("output").toString());
		environment.put("BOARDPACK_TIMINGS", folder.resolve("timings.tsv").toString());
		environment.put("BOARDPACK_TEMPLATES", Path.of("templates").toAbsolutePath().toString());
		environment.put("BOARDPACK_SECRETS", secrets.toString());
		environment.putAll(store.environment());
		environment.putAll(settings);
		return new ChildRun(builder.start(), folder, name);
	}

	/**
	 * Waits until the run has finished {@code stage} or a later one; fails if the process
	 * ends first.
	 */
	public ChildRun awaitStage(String stage) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + LIMIT.toNanos();
		int wanted = order(stage);
		Path timings = this.folder.resolve("timings.tsv");
		while (System.nanoTime() < deadline) {
			if (Files.exists(timings)) {
				for (String line : Files.readAllLines(timings)) {
					String[] fields = line.split("\t");
					if (fields.length > 2 && !fields[1].equals("-") && order(fields[2]) >= wanted) {
						return this;
					}
				}
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("the run ended before " + stage + ":\n" + stderr());
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the run did not reach " + stage + " in " + LIMIT);
	}

	/**
	 * The stages this run finished, in order, as its timings file names them ("render
	 * board-paper.pdf", ...).
	 */
	List<String> stagesDone() throws IOException {
		Path timings = this.folder.resolve("timings.tsv");
		if (!Files.exists(timings)) {
			return List.of();
		}
		return Files.readAllLines(timings)
			.stream()
			.map((line) -> line.split("\t"))
			.filter((fields) -> fields.length > 2 && !fields[1].equals("-"))
			.map((fields) -> fields[2])
			.toList();
	}

	private static int order(String stage) {
		for (int i = STAGES.size() - 1; i >= 0; i--) {
			if (stage.equals(STAGES.get(i)) || (STAGES.get(i).endsWith(" ") && stage.startsWith(STAGES.get(i)))) {
				return i;
			}
		}
		return -1;
	}

	/** Kills the process as a power cut would: no hook runs. */
	public int kill() throws InterruptedException {
		this.process.destroyForcibly();
		return this.process.waitFor();
	}

	/**
	 * Sends SIGTERM, as a service manager stopping the service does, and waits for the
	 * process to end.
	 */
	public int terminate() throws InterruptedException {
		this.process.destroy();
		return finish();
	}

	int finish() throws InterruptedException {
		if (!this.process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("the run did not end in " + LIMIT);
		}
		return this.process.exitValue();
	}

	public String stdout() throws IOException {
		return Files.readString(this.folder.resolve(this.name + ".out"), StandardCharsets.UTF_8);
	}

	public String stderr() throws IOException {
		return Files.readString(this.folder.resolve(this.name + ".err"), StandardCharsets.UTF_8);
	}

	/**
	 * The lines of the timings file so far, each split at its tabs: programme, period,
	 * stage, times.
	 */
	List<String[]> timings() throws IOException {
		Path timings = this.folder.resolve("timings.tsv");
		return Files.exists(timings) ? Files.readAllLines(timings).stream().map((line) -> line.split("\t")).toList()
				: List.of();
	}

	boolean alive() {
		return this.process.isAlive();
	}

	Path output() {
		return this.folder.resolve("output");
	}

}
