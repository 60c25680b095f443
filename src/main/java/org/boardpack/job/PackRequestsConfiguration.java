package org.boardpack.job;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queue of pack requests between a run of many (the manager) and the workers: a
 * Spring Integration queue channel kept in a table of the PostgreSQL store, which already
 * holds the job repository and the run locks, so there is no broker to run. A worker
 * takes a request with {@code FOR UPDATE SKIP LOCKED}, so no two workers take the same
 * one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("boardpack.workers.enabled")
@EnableBatchIntegration
class PackRequestsConfiguration {

	/** The queue's name in the table; every manager and worker of one store shares it. */
	static final String QUEUE = "boardpack-pack-requests";

	@Bean
	JdbcChannelMessageStore packRequestStore(DataSource dataSource, JdbcTemplate jdbc) {
		String database = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
		if (!"PostgreSQL".equals(database)) {
			throw new IllegalStateException("runs on workers need the PostgreSQL store, which the manager and every "
					+ "worker share (SPRING_PROFILES_ACTIVE=postgres and BOARDPACK_DB_URL)");
		}
		JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
		store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
		// A request is read back by another process: only the classes a partition request
		// is made of may be.
		store.addAllowedPatterns("java.lang.*", "java.util.*", "org.springframework.messaging.*",
				"org.springframework.batch.integration.partition.*");
		return store;
	}

	@Bean
	PackRequestGate packRequestGate(JobRepository repository) {
		return new PackRequestGate(repository);
	}

	@Bean
	QueueChannel packRequests(JdbcChannelMessageStore packRequestStore, PackRequestGate packRequestGate) {
		QueueChannel channel = new QueueChannel(new MessageGroupQueue(packRequestStore, QUEUE));
		channel.addInterceptor(packRequestGate);
		return channel;
	}

	@Bean
	RemotePacks remotePacks(RemotePartitioningManagerStepBuilderFactory managers, QueueChannel packRequests,
			JobRepository repository, JdbcTemplate jdbc, WorkerProperties properties) {
		return new RemotePacks(managers, packRequests, repository, jdbc, properties);
	}

}
