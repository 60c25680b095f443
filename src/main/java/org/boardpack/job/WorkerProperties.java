package org.boardpack.job;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Runs of many handed to worker processes (PostgreSQL store only).
 *
 * @param enabled whether a run of many hands its programmes to workers instead of this
 * process's threads
 * @param name this worker's name in the job repository; empty means host and process id
 * @param timeout how long a partition's worker may be silent before the partition is sent
 * again
 * @param giveUpAfter how long a run of many waits for any worker to be heard from before
 * it gives up
 * @param pollInterval how often the manager reads the job repository, and an idle worker
 * the queue
 */
@ConfigurationProperties("boardpack.workers")
public record WorkerProperties(boolean enabled, String name, Duration timeout, Duration giveUpAfter,
		Duration pollInterval) {

	/** This process's name as a worker. */
	public String workerName() {
		if (this.name != null && !this.name.isBlank()) {
			return this.name;
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
	}

	/**
	 * How often a worker says it is alive: often enough that a few missed beats still fit
	 * in the timeout.
	 */
	Duration heartbeat() {
		Duration quarter = this.timeout.dividedBy(4);
		return (quarter.compareTo(Duration.ofSeconds(10)) > 0) ? Duration.ofSeconds(10)
				: (quarter.compareTo(Duration.ofMillis(250)) < 0) ? Duration.ofMillis(250) : quarter;
	}

}
