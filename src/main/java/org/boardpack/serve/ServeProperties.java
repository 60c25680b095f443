package org.boardpack.serve;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code serve}.
 *
 * @param parallel how many programmes' exports may run at once (default: one per
 * processor)
 * @param reloadInterval how often each {@code programme.yml} is checked for a changed
 * schedule
 * @param retryAfter how long after an export whose delivery failed it is made again,
 * until it is delivered
 */
@ConfigurationProperties("boardpack.serve")
record ServeProperties(Integer parallel, Duration reloadInterval, Duration retryAfter) {

	ServeProperties {
		parallel = (parallel != null && parallel > 0) ? parallel : Runtime.getRuntime().availableProcessors();
		reloadInterval = (reloadInterval != null) ? reloadInterval : Duration.ofSeconds(30);
		retryAfter = (retryAfter != null) ? retryAfter : Duration.ofHours(1);
	}

}
