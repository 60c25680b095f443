package org.boardpack;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL server the production-store tests run against, named by
 * {@code BOARDPACK_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD} (CI starts
 * one; elsewhere those tests are skipped).
 */
public final class TestPostgres {

	private TestPostgres() {
	}

	/** Points the application's store and job repository at that server. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getenv("BOARDPACK_TEST_POSTGRES_URL"));
		registry.add("spring.datasource.username", () -> System.getenv("BOARDPACK_TEST_POSTGRES_USER"));
		registry.add("spring.datasource.password", () -> System.getenv("BOARDPACK_TEST_POSTGRES_PASSWORD"));
	}

}
