package org.boardpack.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run of many whose programmes are made by workers: the manager step sends one request
 * per partition to the queue and reads the partitions' outcomes from the job repository,
 * while a {@link PartitionWatch} sends again the partition of a worker that has gone
 * silent and gives up when no worker is heard from.
 */
final class RemotePacks {

	/** The workers' step, by the name a request gives it. */
	static final String WORKER_STEP = "remotePackStep";

	private final RemotePartitioningManagerStepBuilderFactory managers;

	private final QueueChannel requests;

	private final JobRepository repository;

	private final JdbcTemplate jdbc;

	private final WorkerProperties properties;

	RemotePacks(RemotePartitioningManagerStepBuilderFactory managers, QueueChannel requests, JobRepository repository,
			JdbcTemplate jdbc, WorkerProperties properties) {
		this.managers = managers;
		this.requests = requests;
		this.repository = repository;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	Step managerStep(String name, Partitioner partitioner) {
		return this.managers.get(name)
			.partitioner(WORKER_STEP, partitioner)
			.outputChannel(this.requests)
			.pollInterval(this.properties.pollInterval().toMillis())
			.listener(watch(true))
			.build();
	}

	/**
	 * Waits until no partition of a run whose manager died is waiting or running, failing
	 * those whose worker was lost, so that the run can be restarted: a partition still
	 * being made is left to its worker.
	 */
	void settle(JobExecution abandoned) throws InterruptedException {
		PartitionWatch watch = watch(false);
		watch.watching(abandoned.getId());
		while (watch.check()) {
			Thread.sleep(this.properties.pollInterval().toMillis());
		}
	}

	private PartitionWatch watch(boolean resend) {
		return new PartitionWatch(this.jdbc, this.repository, this.requests, this.properties, resend);
	}

}
