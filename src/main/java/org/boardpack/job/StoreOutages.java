package org.boardpack.job;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.YearMonth;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells a run's failure because the store went away (the PostgreSQL server stopped or
 * restarted, the network was cut) from any other, so that the user reads one sentence
 * naming the store and the run instead of the driver's "Connection is closed".
 */
@Component
class StoreOutages {

	private final String store;

	StoreOutages(Environment environment) {
		this.store = describe(environment.getProperty("spring.datasource.url", ""));
	}

	/**
	 * The failure as a {@link StoreLostException} when the store went away, else the
	 * failure itself.
	 */
	Exception translate(Exception failure, String programme, YearMonth period) {
		SQLException lost = connectionLost(failure);
		if (lost == null) {
			return failure;
		}
		String reason = (lost instanceof SQLTransientConnectionException) ? "no connection could be made in time"
				: String.valueOf(lost.getMessage()).lines().findFirst().orElse("").strip();
		return new StoreLostException(this.store, programme, period, reason, failure);
	}

	/** The first failure in the chain that is the connection's, or null. */
	static SQLException connectionLost(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof SQLTransientConnectionException sql) {
				return sql; // the pool found no working connection in time
			}
			// SQL states of class 08 (connection) and 57P (the server shutting down or
			// not yet started)
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return sql;
			}
			// the pool's and the driver's words for a connection the server ended under a
			// transaction
			if (t.getMessage() != null && (t.getMessage().startsWith("Connection is closed")
					|| t.getMessage().startsWith("This connection has been closed"))) {
				return (t instanceof SQLException sql) ? sql : new SQLException(t.getMessage(), "08003", t);
			}
		}
		return null;
	}

	/** "the PostgreSQL server at host:port", or "the embedded store" with its folder. */
	static String describe(String url) {
		if (url.startsWith("jdbc:postgresql:")) {
			try {
				URI uri = URI.create(url.substring("jdbc:".length()));
				return "the PostgreSQL server at " + uri.getHost() + ((uri.getPort() > 0) ? ":" + uri.getPort() : "");
			}
			catch (IllegalArgumentException ex) {
				return "the PostgreSQL server";
			}
		}
		return url.startsWith("jdbc:h2:file:")
				? "the embedded store " + url.substring("jdbc:h2:file:".length()).replaceFirst(";.*", "") : "the store";
	}

}
