package org.boardpack.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.boardpack.RequiresPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations bring an empty PostgreSQL database and an empty H2 database to the same
 * schema, the same tables with the same columns, so the SQL stays portable between the
 * production store and the embedded one.
 */
@ExtendWith(RequiresPostgres.class)
class MigrationPortabilityTests {

	private static final String SCHEMA = "migration_check";

	@Test
	void postgresAndH2EndWithTheSameTablesAndColumns() throws SQLException {
		// given
		String url = System.getenv("BOARDPACK_TEST_POSTGRES_URL");
		String user = System.getenv("BOARDPACK_TEST_POSTGRES_USER");
		String password = System.getenv("BOARDPACK_TEST_POSTGRES_PASSWORD");
		String h2 = "jdbc:h2:mem:migration-check;DB_CLOSE_DELAY=-1";
		try (Connection postgres = DriverManager.getConnection(url, user, password);
				Connection embedded = DriverManager.getConnection(h2, "sa", "")) {
			dropSchema(postgres);
			try {
				// when
				Flyway.configure().dataSource(url, user, password).schemas(SCHEMA).load().migrate();
				Flyway.configure().dataSource(h2, "sa", "").load().migrate();

				// then
				Map<String, String> columns = columns(postgres, SCHEMA);
				assertThat(columns).containsKey("action_update.action_id").hasSizeGreaterThan(20);
				assertThat(columns(embedded, "PUBLIC")).isEqualTo(columns);
			}
			finally {
				dropSchema(postgres);
			}
		}
	}

	/**
	 * Each column as {@code table.column}, lower case, with whether it may be null;
	 * Flyway's own table left out.
	 */
	private static Map<String, String> columns(Connection connection, String schema) throws SQLException {
		Map<String, String> columns = new TreeMap<>();
		try (ResultSet result = connection.getMetaData().getColumns(null, schema, "%", "%")) {
			while (result.next()) {
				String table = result.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (!table.startsWith("flyway_")) {
					columns.put(table + "." + result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
							"nullable " + result.getString("IS_NULLABLE"));
				}
			}
		}
		assertThat(new TreeSet<>(columns.keySet())).isNotEmpty();
		return columns;
	}

	private static void dropSchema(Connection postgres) throws SQLException {
		try (Statement statement = postgres.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

}
