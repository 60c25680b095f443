package org.boardpack.serve;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The scheduler of {@code serve}'s exports; only the {@code serve} profile has it. */
@Configuration(proxyBeanMethods = false)
@Profile(Serve.PROFILE)
@EnableConfigurationProperties(ServeProperties.class)
class ServeConfiguration {

	/**
	 * Seconds the scheduler still waits at shutdown, after the exports' own stop has
	 * waited its phase out.
	 */
	private static final int LAST_WAIT_SECONDS = 10;

	@Bean
	ThreadPoolTaskScheduler exportScheduler(ServeRequest request, ServeProperties properties) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		// One more thread than exports at once, for the check of changed programme.yml
		// files.
		scheduler.setPoolSize(Math.min(properties.parallel(), Math.max(1, request.folders().size())) + 1);
		scheduler.setThreadNamePrefix("export-");
		scheduler.setClock(request.clock());
		scheduler.setRemoveOnCancelPolicy(true);
		// At shutdown a run in progress may finish (or stop at a step boundary); one not
		// yet started never starts.
		scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationSeconds(LAST_WAIT_SECONDS);
		return scheduler;
	}

}
