package org.boardpack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The latest run and delivery records the embedded store held when boardpack last wrote
 * to it, kept in a small file beside the store. A store that later holds older records
 * than these was cut short or replaced by an older copy, which H2 would otherwise open
 * without a word.
 *
 * @param runs the highest run (job execution) number
 * @param updates how many times runs and their stages were updated (their versions added
 * up), which only grows: a store taken back to an older state can hold the same runs,
 * some of them not yet ended
 * @param deliveries the highest delivery record number
 */
record StoreMark(long runs, long updates, long deliveries) {

	static final String SUFFIX = ".last-records";

	/** Whether the store has gone back from this mark. */
	boolean isAheadOf(StoreMark store) {
		return store.runs() < this.runs() || store.updates() < this.updates() || store.deliveries() < this.deliveries();
	}

	/** The records the store behind {@code connection} holds now. */
	static StoreMark of(Connection connection) throws SQLException {
		return new StoreMark(highest(connection, "select max(job_execution_id) from batch_job_execution"),
				highest(connection, "select sum(version) from batch_job_execution")
						+ highest(connection, "select sum(version) from batch_step_execution"),
				highest(connection, "select max(delivery_id) from delivery"));
	}

	private static long highest(Connection connection, String query) throws SQLException {
		if (!hasTable(connection, query.substring(query.lastIndexOf(' ') + 1))) {
			return 0; // a store made before the table was
		}
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			return result.next() ? result.getLong(1) : 0;
		}
	}

	private static boolean hasTable(Connection connection, String table) throws SQLException {
		for (String name : new String[] { table, table.toUpperCase(java.util.Locale.ROOT) }) {
			try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The mark beside the store {@code base} ({@code .../boardpack}), or null when there
	 * is none.
	 */
	static StoreMark read(Path base) {
		Path file = file(base);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties properties = new Properties();
		try {
			properties.load(Files.newBufferedReader(file, StandardCharsets.UTF_8));
			return new StoreMark(Long.parseLong(properties.getProperty("runs", "0").trim()),
					Long.parseLong(properties.getProperty("updates", "0").trim()),
					Long.parseLong(properties.getProperty("deliveries", "0").trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return null; // a mark that cannot be read proves nothing about the store
		}
	}

	/**
	 * Replaces the mark beside the store {@code base} whole, so that a crash never leaves
	 * half of one.
	 */
	void write(Path base) {
		Path file = file(base);
		Path next = file.resolveSibling(file.getFileName() + ".next");
		try {
			Files.writeString(next,
					"runs=" + this.runs + "\nupdates=" + this.updates + "\ndeliveries=" + this.deliveries + "\n",
					StandardCharsets.UTF_8);
			Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path file(Path base) {
		return base.resolveSibling(base.getFileName() + SUFFIX);
	}

}
