package org.boardpack.job;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.boardpack.store.ProgrammeStore;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One run per programme at a time. Runs of a programme share its plan in the store, so
 * they are serialised by programme, not only by period. Inside the process a map of the
 * programmes being run does it; on PostgreSQL a session-level advisory lock, held on a
 * connection of its own for the whole run, does it across processes and machines, and the
 * server lets it go when the process dies. The embedded store admits one process at a
 * time by itself. Thread-safe.
 */
@Component
class RunLocks {

	/** How a lock-holding session is named: this, the period and the start of the run. */
	private static final String HOLDER = "boardpack run ";

	private final Map<String, Held> held = new ConcurrentHashMap<>();

	/** The PostgreSQL session holding each programme's advisory lock. */
	private final Map<String, Connection> sessions = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	private final PackRuns runs;

	private final ProgrammeStore store;

	private final Environment environment;

	private volatile Boolean postgres;

	RunLocks(JdbcTemplate jdbc, PackRuns runs, ProgrammeStore store, Environment environment) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.store = store;
		this.environment = environment;
	}

	/** A held lock; closing it lets the next run of the programme start. */
	interface RunLock extends AutoCloseable {

		@Override
		void close();

	}

	private record Held(YearMonth period, LocalDateTime started) {
	}

	/**
	 * Takes the programme's lock, or throws {@link PackBusyException} naming the run that
	 * holds it.
	 */
	RunLock acquire(String programme, YearMonth period) {
		Held mine = new Held(period, LocalDateTime.now().withNano(0));
		Held other = this.held.putIfAbsent(programme, mine);
		if (other != null) {
			throw new PackBusyException(programme, other.period(), other.started());
		}
		try {
			Connection session = isPostgres() ? advisoryLock(programme, mine) : null;
			if (session != null) {
				this.sessions.put(programme, session);
			}
			return () -> release(programme, mine, session);
		}
		catch (RuntimeException ex) {
			this.held.remove(programme, mine);
			throw ex;
		}
	}

	/**
	 * Throws {@link RunLockLostException} when the programme's advisory lock was let go
	 * under the run: its session ended, as when the PostgreSQL server restarts. Another
	 * run may then have started, so this one must not publish. A session that is still
	 * open still holds the lock.
	 */
	void confirmHeld(String programme, YearMonth period) {
		Connection session = this.sessions.get(programme);
		if (session == null) {
			return;
		}
		boolean alive;
		try {
			alive = session.isValid(10);
		}
		catch (SQLException ex) {
			alive = false;
		}
		if (!alive) {
			throw new RunLockLostException(programme, period);
		}
	}

	/**
	 * Whether a run still marked as running in the job repository, found after taking the
	 * lock, must have been cut short: true when no other process can be running the
	 * programme at the same time.
	 */
	boolean excludesOtherProcesses() {
		return this.store.isEmbedded() || isPostgres();
	}

	private Connection advisoryLock(String programme, Held mine) {
		try {
			Connection session = DriverManager.getConnection(this.environment.getProperty("spring.datasource.url"),
					this.environment.getProperty("spring.datasource.username"),
					this.environment.getProperty("spring.datasource.password"));
			boolean locked = false;
			try (PreparedStatement lock = session.prepareStatement("select pg_try_advisory_lock(?)")) {
				lock.setLong(1, key(programme));
				try (ResultSet result = lock.executeQuery()) {
					locked = result.next() && result.getBoolean(1);
				}
			}
			finally {
				// Kept open only while it holds the lock: a session left open on a
				// failure would hold it for good.
				if (!locked) {
					session.close();
				}
			}
			if (locked) {
				// Named for the run, so that a run refused by the lock can say which run
				// holds it, even before
				// the holder has recorded its run in the job repository.
				session.setClientInfo("ApplicationName", HOLDER + mine.period() + " " + mine.started());
				return session;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not take the run lock of " + programme + ": " + ex.getMessage(), ex);
		}
		Held holder = holder(programme);
		if (holder != null) {
			throw new PackBusyException(programme, holder.period(), holder.started());
		}
		PackRuns.Run running = this.runs.running(programme);
		throw new PackBusyException(programme, (running != null) ? YearMonth.parse(running.period()) : null,
				(running != null) ? running.started() : null);
	}

	/**
	 * The run holding the programme's advisory lock in another session, from that
	 * session's name, or null.
	 */
	private Held holder(String programme) {
		long key = key(programme);
		List<String> names = this.jdbc.queryForList(
				"""
						select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
						where l.locktype = 'advisory' and l.granted and l.classid::bigint = ? and l.objid::bigint = ? and l.objsubid = 1""",
				String.class, key >>> 32, key & 0xFFFFFFFFL);
		for (String name : names) {
			if (name != null && name.startsWith(HOLDER)) {
				String[] parts = name.substring(HOLDER.length()).split(" ");
				try {
					return new Held(YearMonth.parse(parts[0]), LocalDateTime.parse(parts[1]));
				}
				catch (RuntimeException ex) {
					return null; // not a name this version gave
				}
			}
		}
		return null;
	}

	private void release(String programme, Held mine, Connection session) {
		try {
			if (session != null) {
				session.close(); // ending the session releases its advisory locks
			}
		}
		catch (SQLException ex) {
			// the server releases the lock when it notices the session is gone
		}
		finally {
			if (session != null) {
				this.sessions.remove(programme, session);
			}
			this.held.remove(programme, mine);
		}
	}

	private boolean isPostgres() {
		if (this.postgres == null) {
			this.postgres = this.jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName())
				.equals("PostgreSQL");
		}
		return this.postgres;
	}

	/**
	 * A lock key of 64 bits from the programme id, so that different programmes
	 * practically never share one.
	 */
	static long key(String programme) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("boardpack run " + programme).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
