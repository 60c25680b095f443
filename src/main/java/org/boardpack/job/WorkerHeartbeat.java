package org.boardpack.job;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A worker's sign of life: its row in {@code pack_worker}, with the partition it is
 * making, renewed on the database's clock every few seconds while the process lives. The
 * manager sends a partition again once no worker has claimed it for the timeout. Each
 * partition it makes names it in its exit description, so the job repository says which
 * worker made which pack. Thread-safe.
 */
final class WorkerHeartbeat implements StepExecutionListener, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WorkerHeartbeat.class);

	private final JdbcTemplate jdbc;

	private final WorkerProperties properties;

	private final String name;

	private volatile Long partition;

	private ScheduledExecutorService timer;

	WorkerHeartbeat(JdbcTemplate jdbc, WorkerProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.name = properties.workerName();
	}

	String name() {
		return this.name;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.partition = stepExecution.getId();
		beat();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.partition = null;
		beat();
		return new ExitStatus(stepExecution.getExitStatus().getExitCode(), "made by worker " + this.name);
	}

	@Override
	public void start() {
		beat();
		this.timer = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("worker-heartbeat").daemon().factory());
		long interval = this.properties.heartbeat().toMillis();
		this.timer.scheduleWithFixedDelay(this::beatQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		this.timer.shutdownNow();
		this.jdbc.update("delete from pack_worker where worker = ?", this.name);
		this.timer = null;
	}

	@Override
	public boolean isRunning() {
		return this.timer != null;
	}

	private void beatQuietly() {
		try {
			beat();
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell the store this worker is alive: {}", ex.getMessage());
		}
	}

	private void beat() {
		this.jdbc
			.update("""
					insert into pack_worker (worker, step_execution_id, seen) values (?, ?, current_timestamp)
					on conflict (worker) do update set step_execution_id = excluded.step_execution_id, seen = excluded.seen""",
					this.name, this.partition);
	}

}
