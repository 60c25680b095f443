package org.boardpack.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * What a worker lets through from the queue: nothing once it is stopping, and only
 * requests whose partition is still waiting for a worker. A request can outlive its
 * purpose: its run of many gave up, or its partition was sent again and made meanwhile;
 * running it would make a pack twice. Thread-safe.
 */
final class PackRequestGate implements ChannelInterceptor {

	private final JobRepository repository;

	private volatile boolean closed;

	PackRequestGate(JobRepository repository) {
		this.repository = repository;
	}

	/** Takes no more requests; one already taken is still run. */
	void close() {
		this.closed = true;
	}

	@Override
	public boolean preReceive(MessageChannel channel) {
		return !this.closed;
	}

	@Override
	public Message<?> postReceive(Message<?> message, MessageChannel channel) {
		if (!(message.getPayload() instanceof StepExecutionRequest request)) {
			return null;
		}
		StepExecution partition = this.repository.getStepExecution(request.getStepExecutionId());
		boolean waiting = partition != null && partition.getStatus() == BatchStatus.STARTING
				&& partition.getJobExecution().getStatus().isRunning();
		return waiting ? message : null;
	}

}
