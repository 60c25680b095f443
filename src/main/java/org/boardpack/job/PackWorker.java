package org.boardpack.job;

import java.time.Duration;

import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.dsl.context.IntegrationFlowContext.IntegrationFlowRegistration;

/**
 * This process as a worker: starts and stops taking pack requests, and tells when the
 * pack under way is done.
 */
public final class PackWorker {

	private final IntegrationFlowContext flows;

	private final PackRequestGate gate;

	private final WorkerStep step;

	private final String name;

	PackWorker(IntegrationFlowContext flows, PackRequestGate gate, WorkerStep step, String name) {
		this.flows = flows;
		this.gate = gate;
		this.step = step;
		this.name = name;
	}

	public String name() {
		return this.name;
	}

	/**
	 * Starts taking requests: the worker step's flow is registered stopped, so that none
	 * is taken too early.
	 */
	public void startTaking() {
		this.flows.getRegistry().values().forEach(IntegrationFlowRegistration::start);
	}

	/** Takes no more requests; the one under way, if any, goes on. */
	public void stopTaking() {
		this.gate.close();
	}

	/**
	 * Waits up to {@code wait} for the pack under way to end; returns whether none is
	 * running.
	 */
	public boolean awaitIdle(Duration wait) throws InterruptedException {
		return this.step.awaitIdle(wait);
	}

}
