package org.boardpack.serve;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.schedule.Schedule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * serve in-process on a random port, with a clock one second before 06:00 on the 5th
 * working day of November 2017: the programmes scheduled then export October 2017, and
 * health and status say so over HTTP.
 */
class ServeTests {

	@TempDir
	static Path temp;

	private static ConfigurableApplicationContext serve;

	private static RecordingExport export;

	private static Status status;

	/** Every line serve has logged, whichever test was running when it was logged. */
	private static LogLines log;

	@BeforeAll
	static void serveFiveProgrammes() throws IOException {
		Path bromley = programme("bromley-csc-2016", Files.readString(Path.of("jobs/bromley-csc-2016/programme.yml")));
		Path failing = programme("failing-plan", settings("failing-plan", "\"06:00 on the 5th working day\""));
		Path badSchedule = programme("bad-schedule", settings("bad-schedule", "\"6am on the fifth working day\""));
		Path toCorrect = programme("to-correct", settings("to-correct", "\"9.30 on the 1st working day\""));
		Path undelivered = programme("undelivered-plan",
				settings("undelivered-plan", "\"06:00 on the 5th working day\""));
		ServeRequest request = new ServeRequest(List.of(bromley, failing, badSchedule, toCorrect, undelivered),
				new StartingClock(LocalDateTime.parse("2017-11-07T05:59:59").atZone(Schedule.LONDON).toInstant()));
		serve = Serve.start(request, List.of(RecordingExport.class, LogLines.class), "--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:serve-tests;DB_CLOSE_DELAY=-1",
				"--boardpack.output-dir=" + temp.resolve("output"), "--boardpack.serve.reload-interval=1s",
				"--boardpack.serve.retry-after=2s");
		export = serve.getBean(RecordingExport.class);
		log = serve.getBean(LogLines.class);
		status = new Status(Serve.port(serve));
	}

	@AfterAll
	static void stop() {
		serve.close();
	}

	@Test
	void atItsTimeAProgrammeExportsTheMonthJustClosedAndStatusShowsWhereItWent() throws Exception {
		// when
		JsonNode bromley = status.awaitProgramme("bromley-csc-2016", (p) -> !p.get("lastRun").isNull());

		// then
		assertThat(export.calls)
			.contains(new RecordingExport.Call(temp.resolve("bromley-csc-2016"), YearMonth.of(2017, 10)));
		JsonNode last = bromley.get("lastRun");
		assertThat(last.get("period").asString()).isEqualTo("2017-10");
		assertThat(last.get("outcome").asString()).isEqualTo("completed");
		assertThat(last.get("started").asString()).startsWith("2017-11-07T06:00");
		assertThat(last.get("pack").asString()).isEqualTo("/srv/packs/bromley-csc-2016/2017-10");
		assertThat(last.get("deliveries").get(1).get("target").asString()).isEqualTo("to board@example.org");
		assertThat(last.get("deliveries").get(1).get("outcome").asString()).isEqualTo("delivered");
		// 1 December 2017 is a Friday: the 5th working day is Thursday 7 December, for
		// November
		assertThat(bromley.get("schedule").asString()).isEqualTo("06:00 on the 5th working day (Europe/London)");
		assertThat(bromley.get("nextRun").asString()).isEqualTo("2017-12-07T06:00:00Z");
		assertThat(bromley.get("nextPeriod").asString()).isEqualTo("2017-11");
		assertThat(log.text()).contains("bromley-csc-2016: next run Tue 7 Nov 2017 06:00 GMT, for 2017-10")
			.contains("bromley-csc-2016 2017-10: pack written to /srv/packs/bromley-csc-2016/2017-10; "
					+ "folder /srv/board-drop: delivered; e-mail to board@example.org: delivered");
	}

	@Test
	void aFailingExportIsReportedAndTheServiceCarriesOn() throws Exception {
		// when
		JsonNode failing = status.awaitProgramme("failing-plan", (p) -> !p.get("lastRun").isNull());

		// then
		assertThat(failing.get("lastRun").get("outcome").asString()).isEqualTo("failed");
		assertThat(failing.get("lastRun").get("message").asString())
			.isEqualTo("e-mail to board@example.org: the mail server refused the connection");
		assertThat(failing.get("nextRun").asString()).isEqualTo("2017-12-07T06:00:00Z");
		assertThat(log.text()).contains("failing-plan 2017-10: failed: e-mail to board@example.org: the mail server "
				+ "refused the connection");
		assertThat(status.json("/actuator/health").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void aPackWhoseDeliveryFailedIsExportedAgainUntilItIsDelivered() throws Exception {
		// when its first export's e-mail fails, and the one made again is delivered
		JsonNode undelivered = status.awaitProgramme("undelivered-plan",
				(p) -> !p.get("lastRun").isNull() && p.get("lastRun").get("outcome").asString().equals("completed"));

		// then the same month was exported twice, and the log says why
		assertThat(export.calls).filteredOn((call) -> call.folder().endsWith("undelivered-plan"))
			.extracting(RecordingExport.Call::period)
			.containsExactly(YearMonth.of(2017, 10), YearMonth.of(2017, 10));
		assertThat(undelivered.get("lastRun").get("period").asString()).isEqualTo("2017-10");
		assertThat(log.text()).contains(
				"undelivered-plan 2017-10: pack written to /srv/packs/undelivered-plan/2017-10; "
						+ "folder /srv/board-drop: delivered; e-mail to board@example.org: failed after 4 attempts",
				"undelivered-plan 2017-10: exporting again, as a delivery failed");
	}

	@Test
	void aBadScheduleIsListedAsAProblemOfProgrammeYmlAndNotScheduled() throws Exception {
		// when
		JsonNode bad = status.programme("bad-schedule");

		// then
		assertThat(bad.get("problems").get(0).asString()).startsWith(
				"programme.yml:5: schedule: \"6am on the fifth working day\" is not a schedule; write a time and a "
						+ "working day, such as \"06:00 on the 5th working day\"");
		assertThat(bad.get("nextRun").isNull()).isTrue();
		assertThat(log.text()).contains("bad-schedule: not scheduled until programme.yml is corrected:");
	}

	@Test
	void healthIsUpWithLivenessAndReadinessAndTellsNothingElse() throws Exception {
		// when
		HttpResponse<String> health = status.get("/actuator/health");

		// then
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(status.json("/actuator/health").get("status").asString()).isEqualTo("UP");
		assertThat(health.body()).doesNotContain("components", "details", "diskSpace", "db");
		assertThat(status.json("/actuator/health/liveness").get("status").asString()).isEqualTo("UP");
		assertThat(status.json("/actuator/health/readiness").get("status").asString()).isEqualTo("UP");
		assertThat(status.get("/actuator/env").statusCode()).isEqualTo(404);
	}

	@Test
	void aCorrectedProgrammeYmlIsScheduledWithoutARestart() throws Exception {
		// given
		assertThat(status.programme("to-correct").get("problems")).isNotEmpty();

		// when
		Files.writeString(temp.resolve("to-correct/programme.yml"),
				settings("to-correct", "\"09:30 on the 1st working day\""));
		JsonNode corrected = status.awaitProgramme("to-correct", (p) -> !p.get("nextRun").isNull());

		// then 1 December 2017, a Friday, is the first working day after the clock's
		// November morning
		assertThat(corrected.get("problems")).isEmpty();
		assertThat(corrected.get("nextRun").asString()).isEqualTo("2017-12-01T09:30:00Z");
		assertThat(log.text()).contains("to-correct: programme.yml changed")
			.contains("to-correct: next run Fri 1 Dec 2017 09:30 GMT, for 2017-11");
	}

	private static Path programme(String id, String settings) throws IOException {
		Path folder = Files.createDirectories(temp.resolve(id));
		Files.writeString(folder.resolve("programme.yml"), settings);
		return folder;
	}

	private static String settings(String id, String schedule) {
		return "id: " + id + "\ntitle: A plan\nstart: 2017-01\nend: 2017-12\nschedule: " + schedule + "\n";
	}

}
