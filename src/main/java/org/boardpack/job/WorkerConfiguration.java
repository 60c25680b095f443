package org.boardpack.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.scheduling.PollerMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A worker ({@code ./boardpack worker}): takes pack requests from the queue one at a time
 * and runs the monthly pack of each, as a run of many does in its own threads. The flow
 * that takes requests is started by the worker command once it is ready to be stopped
 * cleanly.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("boardpack.workers.worker")
class WorkerConfiguration {

	/**
	 * One request at a time per worker: a worker is sized as one pack's worth of
	 * processor and memory.
	 */
	@Bean(PollerMetadata.DEFAULT_POLLER)
	PollerMetadata workerPoller(WorkerProperties properties) {
		return Pollers.fixedDelay(properties.pollInterval()).maxMessagesPerPoll(1).getObject();
	}

	@Bean
	WorkerHeartbeat workerHeartbeat(JdbcTemplate jdbc, WorkerProperties properties) {
		return new WorkerHeartbeat(jdbc, properties);
	}

	@Bean
	PackWorker packWorker(IntegrationFlowContext flows, PackRequestGate packRequestGate, WorkerStep remotePackStep,
			WorkerHeartbeat workerHeartbeat) {
		return new PackWorker(flows, packRequestGate, remotePackStep, workerHeartbeat.name());
	}

	@Bean(RemotePacks.WORKER_STEP)
	WorkerStep remotePackStep(RemotePartitioningWorkerStepBuilderFactory workers, QueueChannel packRequests,
			Job monthlyPackJob, JobOperator operator, PackAttempts attempts, ProgrammeInputs inputs, RunLocks locks,
			WorkerHeartbeat workerHeartbeat) {
		ProgrammePackParameters parameters = new ProgrammePackParameters(attempts, inputs, locks);
		return new WorkerStep(parameters.packStep(workers.get(RemotePacks.WORKER_STEP)
			.inputChannel(packRequests)
			.listener(workerHeartbeat)
			.job(monthlyPackJob), operator));
	}

}
