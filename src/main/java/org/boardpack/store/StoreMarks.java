package org.boardpack.store;

import java.nio.file.Path;
import java.sql.Connection;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the embedded store's {@link StoreMark} after every run and when the application
 * stops, so that the next start can tell a store that went back in time. Does nothing on
 * PostgreSQL, whose server keeps its own files safe. Thread-safe.
 */
@Component
public class StoreMarks implements JobExecutionListener, DisposableBean {

	private final JdbcTemplate jdbc;

	private final Path base;

	StoreMarks(JdbcTemplate jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.base = EmbeddedStores.base(environment.getProperty("spring.datasource.url"));
	}

	@Override
	public void afterJob(JobExecution execution) {
		record();
	}

	@Override
	public void destroy() {
		record();
	}

	/**
	 * Records what the store holds now; a store that cannot be read now is left to the
	 * next start to judge.
	 */
	synchronized void record() {
		if (this.base == null) {
			return;
		}
		try {
			this.jdbc.execute((Connection connection) -> StoreMark.of(connection)).write(this.base);
		}
		catch (RuntimeException ex) {
			// the run's own outcome is reported; a mark not written only means less is
			// checked next time
		}
	}

}
