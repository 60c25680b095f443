package org.boardpack.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Watches the partitions of a run of many on workers. The queue hands a request over at
 * most once, so a worker killed mid-pack leaves its partition marked as started for ever:
 * once no worker has claimed it for the timeout, it is sent again (or, for a run being
 * settled, failed so that its restart makes it). When no worker at all has been heard
 * from within the wait, the partitions are failed with a message that says so. Time is
 * measured on this process's clock and on the database's, never on a worker's.
 */
final class PartitionWatch implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(PartitionWatch.class);

	private final JdbcTemplate jdbc;

	private final JobRepository repository;

	private final QueueChannel requests;

	private final WorkerProperties properties;

	private final boolean resend;

	/** Each started partition no worker claims, with when it was first seen so. */
	private final Map<Long, Long> unclaimedSince = new HashMap<>();

	private long jobExecutionId;

	private long started;

	private ScheduledExecutorService timer;

	PartitionWatch(JdbcTemplate jdbc, JobRepository repository, QueueChannel requests, WorkerProperties properties,
			boolean resend) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.requests = requests;
		this.properties = properties;
		this.resend = resend;
	}

	@Override
	public void beforeStep(StepExecution manager) {
		watching(manager.getJobExecutionId());
		this.timer = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("partition-watch").daemon().factory());
		long interval = this.properties.pollInterval().toMillis();
		this.timer.scheduleWithFixedDelay(this::checkQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public ExitStatus afterStep(StepExecution manager) {
		this.timer.shutdownNow();
		return null;
	}

	void watching(long jobExecutionId) {
		this.jobExecutionId = jobExecutionId;
		this.started = System.nanoTime();
	}

	private void checkQuietly() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			// the store may be out of reach for a moment; the next look tries again
			log.warn("Could not check the workers' partitions: {}", ex.getMessage());
		}
	}

	/**
	 * One look at the partitions; returns whether any was still waiting for a worker or
	 * being made.
	 */
	synchronized boolean check() {
		List<Map<String, Object>> partitions = this.jdbc.queryForList("""
				select step_execution_id, status from batch_step_execution
				where job_execution_id = ? and step_name like ?""", this.jobExecutionId,
				RemotePacks.WORKER_STEP + ":%");
		Set<Long> claimed = new HashSet<>(this.jdbc.queryForList("""
				select step_execution_id from pack_worker where step_execution_id is not null
				and seen > current_timestamp - make_interval(secs => ?)""", Long.class,
				seconds(this.properties.timeout())));
		boolean heard = this.jdbc.queryForObject("""
				select count(*) from pack_worker where seen > current_timestamp - make_interval(secs => ?)""",
				Long.class, seconds(this.properties.giveUpAfter())) > 0;
		boolean waited = System.nanoTime() - this.started >= this.properties.giveUpAfter().toNanos();
		boolean running = false;
		for (Map<String, Object> partition : partitions) {
			long id = ((Number) partition.get("step_execution_id")).longValue();
			BatchStatus status = BatchStatus.valueOf((String) partition.get("status"));
			running |= status.isRunning();
			if (status.isRunning() && !heard && waited) {
				fail(id, "no worker was heard from within " + this.properties.giveUpAfter().toSeconds()
						+ " s; start one " + "(./boardpack worker) with the same store settings, then run again");
			}
			else if (unclaimed(status) && !claimed.contains(id)) {
				long since = this.unclaimedSince.computeIfAbsent(id, (key) -> System.nanoTime());
				if (System.nanoTime() - since >= this.properties.timeout().toNanos()) {
					lost(id);
					this.unclaimedSince.remove(id);
				}
			}
			else {
				this.unclaimedSince.remove(id);
			}
		}
		return running;
	}

	/**
	 * Whether a partition in this state needs a worker's claim: a started one always;
	 * while settling a run whose manager died, a waiting one too, as its request may
	 * never have been sent.
	 */
	private boolean unclaimed(BatchStatus status) {
		return status == BatchStatus.STARTED || (!this.resend && status == BatchStatus.STARTING);
	}

	private void lost(long id) {
		if (!this.resend) {
			fail(id, "its worker was lost");
			return;
		}
		StepExecution partition = this.repository.getStepExecution(id);
		if (partition == null || partition.getStatus() != BatchStatus.STARTED) {
			return;
		}
		partition.setStatus(BatchStatus.STARTING);
		if (update(partition)) {
			log.warn("The worker making partition {} was not heard from for {} s; sent it again", id,
					this.properties.timeout().toSeconds());
			this.requests.send(MessageBuilder.withPayload(new StepExecutionRequest(RemotePacks.WORKER_STEP, id))
				.setCorrelationId(this.jobExecutionId + ":" + RemotePacks.WORKER_STEP)
				.build());
		}
	}

	private void fail(long id, String why) {
		StepExecution partition = this.repository.getStepExecution(id);
		if (partition == null || !partition.getStatus().isRunning()) {
			return;
		}
		partition.setStatus(BatchStatus.FAILED);
		partition.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
		partition.setEndTime(LocalDateTime.now());
		update(partition);
	}

	/**
	 * Saves the partition unless a worker changed it meanwhile (it took the request): the
	 * next look decides.
	 */
	private boolean update(StepExecution partition) {
		try {
			this.repository.update(partition);
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			return false;
		}
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
