package org.boardpack.job;

import java.time.YearMonth;

import org.boardpack.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The PostgreSQL run lock lives in a session of its own; a run whose session ended under
 * it (the server restarted, the connection was cut) finds out before it publishes. Runs
 * where {@code BOARDPACK_TEST_POSTGRES_URL} names a database, as CI does.
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "BOARDPACK_TEST_POSTGRES_URL", matches = ".+")
class PostgresRunLockTests {

	@Autowired
	private RunLocks locks;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

	@Test
	void aRunWhoseLockSessionEndedIsToldSoBeforeItPublishes() {
		// given a run holding the lock of a programme of its own, whose session the
		// server then ends
		String programme = "lock-lost-" + System.nanoTime();
		try (RunLocks.RunLock lock = this.locks.acquire(programme, YearMonth.of(2017, 10))) {
			assertThatNoException().isThrownBy(() -> this.locks.confirmHeld(programme, YearMonth.of(2017, 10)));
			long key = RunLocks.key(programme);
			this.jdbc.queryForList("""
					select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted
					and classid::bigint = ? and objid::bigint = ?""", key >>> 32, key & 0xFFFFFFFFL);

			// when / then
			assertThatExceptionOfType(RunLockLostException.class)
				.isThrownBy(() -> this.locks.confirmHeld(programme, YearMonth.of(2017, 10)))
				.withMessage("the run of " + programme + " for 2017-10 lost its run lock (the PostgreSQL server "
						+ "restarted or the connection holding the lock was cut), so another run may have started; "
						+ "it stopped before publishing and the published pack is as it was; run again");
		}
	}

}
