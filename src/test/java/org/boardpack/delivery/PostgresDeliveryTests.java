package org.boardpack.delivery;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.boardpack.TestPostgres;
import org.boardpack.job.PackRuns;
import org.junit.jupiter.api.Test;
import org.boardpack.RequiresPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The delivery records and history on a real PostgreSQL server, the production store.
 * Runs where {@code BOARDPACK_TEST_POSTGRES_URL} names a database, as CI does.
 */
@SpringBootTest
@ExtendWith(RequiresPostgres.class)
class PostgresDeliveryTests {

	@Autowired
	private PackDelivery export;

	@Autowired
	private PackHistory history;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void postgresAndSmtp(DynamicPropertyRegistry registry) {
		DeliveryTestSupport.storeOutputAndSmtp(registry);
		TestPostgres.register(registry);
	}

	@Test
	void aFailedEmailIsRecordedThenDeliveredOnceAndHistoryListsRunsAndDeliveriesNewestFirst() throws Exception {
		// given: an id of its own, as the database outlives the test
		String id = "pg-" + UUID.randomUUID().toString().substring(0, 8);
		Path drop = DeliveryTestSupport.ROOT.resolve("drop-" + id);
		Path programme = DeliveryTestSupport.programme(id,
				"delivery:\n  folder: " + drop + "\n  email:\n    to: clerk@council.example\n");
		YearMonth period = YearMonth.of(2021, 7);

		// when
		PackExport.Exported whileDown = this.export.export(programme, period);
		GreenMail smtp = DeliveryTestSupport.smtpServer();
		smtp.start();
		PackExport.Exported onceUp;
		PackExport.Exported again;
		int received;
		try {
			onceUp = this.export.export(programme, period);
			again = this.export.export(programme, period);
			received = smtp.getReceivedMessages().length;
		}
		finally {
			smtp.stop();
		}

		// then
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(whileDown.failed()).extracting(PackExport.Delivered::channel).containsExactly("email");
		assertThat(onceUp.failed()).isEmpty();
		assertThat(again.deliveries()).extracting(PackExport.Delivered::status)
			.containsOnly(PackExport.Status.ALREADY_DELIVERED);
		assertThat(received).isEqualTo(1);
		assertThat(this.history.deliveries(id, 20))
			.extracting(PackHistory.Delivery::channel, PackHistory.Delivery::outcome, PackHistory.Delivery::attempts)
			.containsExactly(tuple("email", "delivered", 1), tuple("email", "failed", 3),
					tuple("folder", "delivered", 1));
		assertThat(this.history.runs(id, 2)).extracting(PackRuns.Run::attempt, PackRuns.Run::status)
			.containsExactly(tuple(3L, "COMPLETED"), tuple(2L, "COMPLETED"));
		assertThat(this.jdbc.queryForList("select * from delivery where programme_id = ?", id).toString())
			.doesNotContain(DeliveryTestSupport.SMTP_PASSWORD);
	}

}
