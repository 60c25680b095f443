package org.boardpack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.boardpack.system.StagedFolder;

/**
 * A PostgreSQL server of a test's own, which the test may stop and start as a database
 * outage or restart would: a cluster made by initdb in a temporary folder, run by the
 * {@code postgres} user on a free loopback port. Never the shared server. Needs Debian's
 * PostgreSQL binaries and root (to run them as {@code postgres}), as CI has;
 * {@link #available()} says whether this machine can.
 */
public final class ThrowawayPostgres implements AutoCloseable {

	private static final Path BIN = binaries();

	private static final String DATABASE = "boardpack";

	private static final String USER = "boardpack";

	private static final String PASSWORD = "boardpack-throwaway";

	private final Path folder;

	private final int port;

	private ThrowawayPostgres(Path folder, int port) {
		this.folder = folder;
		this.port = port;
	}

	/** Whether a throwaway server can be made here. */
	public static boolean available() {
		return BIN != null && "root".equals(System.getProperty("user.name"))
				&& Files.isExecutable(Path.of("/usr/sbin/runuser"));
	}

	/** Makes and starts a new cluster with a database and an owner for the store. */
	public static ThrowawayPostgres start() throws IOException, InterruptedException, SQLException {
		Path folder = Files.createTempDirectory("boardpack-postgres");
		run("chown", "-R", "postgres", folder.toString());
		as("initdb", "-D", folder.resolve("data").toString(), "-A", "trust", "-U", "postgres", "--no-sync");
		ThrowawayPostgres server = new ThrowawayPostgres(folder, freePort());
		server.startServer();
		try (Connection connection = DriverManager.getConnection(server.url("postgres"), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
			statement.execute("create database " + DATABASE + " owner " + USER);
		}
		return server;
	}

	/** Starts the server again after {@link #stop()}. */
	public void startServer() throws IOException, InterruptedException {
		as("pg_ctl", "-D", data(), "-l", this.folder.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + this.port + " -k " + this.folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
	}

	/** Stops the server at once, as an outage does: every session is cut. */
	public void stop() throws IOException, InterruptedException {
		as("pg_ctl", "-D", data(), "-m", "immediate", "-w", "-t", "60", "stop");
	}

	/** Restarts the server, which ends every session and so every advisory lock. */
	public void restart() throws IOException, InterruptedException {
		stop();
		startServer();
	}

	public String url() {
		return url(DATABASE);
	}

	public int port() {
		return this.port;
	}

	/** The environment that points a child run's store here. */
	public Map<String, String> environment() {
		return Map.of("SPRING_PROFILES_ACTIVE", "postgres", "BOARDPACK_DB_URL", url(), "BOARDPACK_DB_USER", USER,
				"BOARDPACK_DB_PASSWORD", PASSWORD);
	}

	public String user() {
		return USER;
	}

	public String password() {
		return PASSWORD;
	}

	private String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	private String data() {
		return this.folder.resolve("data").toString();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			if (Files.exists(this.folder.resolve("data/postmaster.pid"))) {
				stop();
			}
		}
		finally {
			StagedFolder.delete(this.folder);
		}
	}

	private static void as(String program, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of("/usr/sbin/runuser", "-u", "postgres", "--", BIN.resolve(program).toString()));
		command.addAll(List.of(args));
		run(command.toArray(String[]::new));
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed:\n" + output);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Path binaries() {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return null;
		}
		try (var versions = Files.list(root)) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("pg_ctl")))
				.max((a, b) -> Integer.compare(major(a), major(b)))
				.orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static int major(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\..*", ""));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
