package org.boardpack.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.TestFolders;
import org.boardpack.TestMail;
import org.boardpack.schedule.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * serve asks the leads of the bundled programme (without its October 2017 returns) for
 * their returns at 09:00 on the 1st working day of November 2017 and reminds those who
 * have not returned on the 2nd, the day before they are due, through a real SMTP server;
 * serve's clock is set by the test, and serve is started again between the steps.
 */
class ServeAsksForReturnsTests {

	private static final String SUBJECT = "Children's Service Improvement Action Plan: your return for October 2017, "
			+ "due 3 November 2017";

	@TempDir
	Path temp;

	private GreenMail smtp;

	private Path programme;

	/** The programme's entry in serve's status, as the last serve stopped. */
	private JsonNode status;

	@BeforeEach
	void programmeAndMailServer() throws IOException {
		this.programme = TestFolders.copy(Path.of("jobs/bromley-csc-2016"), this.temp.resolve("bromley-csc-2016"));
		Files.delete(this.programme.resolve("updates/2017-10.csv"));
		Files.writeString(this.programme.resolve("programme.yml"), """
				leadEmails:
				  DCS: dcs@council.example
				  HOS QI: hos.qi@council.example
				returns:
				  request: "09:00 on the 1st working day"
				""", StandardOpenOption.APPEND);
		this.smtp = new GreenMail(new ServerSetup(TestMail.freePort(), "127.0.0.1", "smtp"));
		this.smtp.start();
	}

	@AfterEach
	void stopMailServer() {
		this.smtp.stop();
	}

	@Test
	void theRequestGoesAtItsTimeAndTheReminderOnlyToTheLeadWhoHasNotReturned() throws Exception {
		// when serve runs from a few seconds before 09:00 on Wednesday 1 November 2017
		String asking = serveUntil("2017-11-01T08:59:57", "return-request to HOS QI");

		// then each lead with an address was sent their own workbook, at the time set
		assertThat(asking)
			.contains("bromley-csc-2016: leads asked for returns next Wed 1 Nov 2017 09:00 GMT, for " + "2017-10",
					"bromley-csc-2016 2017-10: return-request to DCS (dcs@council.example): delivered")
			.doesNotContain("not sent while serve was stopped");
		MimeMessage[] requests = this.smtp.getReceivedMessages();
		assertThat(requests).extracting(TestMail::recipient)
			.containsExactlyInAnyOrder("dcs@council.example", "hos.qi@council.example");
		MimeMessage dcs = to("dcs@council.example", requests);
		assertThat(dcs.getSubject()).isEqualTo(SUBJECT);
		Path workbooks = this.temp.resolve("output/bromley-csc-2016/returns/2017-10");
		assertThat(TestMail.attachments(dcs)).containsOnlyKeys("DCS.xlsx");
		assertThat(TestMail.attachments(dcs).get("DCS.xlsx"))
			.isEqualTo(Files.readAllBytes(workbooks.resolve("DCS.xlsx")));

		// when HOS QI returns, and serve is started again before 09:00 the next day
		Path october = Files.createDirectories(this.programme.resolve("updates/2017-10"));
		Files.writeString(october.resolve("hos-qi.csv"),
				"action_id,status,percent_complete,rag,commentary,revised_due_date,rebaselined,updated_by,updated_on\n"
						+ firstAction(workbooks.resolve("HOS-QI.xlsx")) + ",in-progress,50,,Returned on time.,,,,\n");
		String reminding = serveUntil("2017-11-02T08:59:57", "return-reminder to DCS");

		// then no request went twice, and only DCS, who has not returned, was reminded
		assertThat(reminding)
			.contains("2017-10: returns: nothing to send; each lead who has not returned has had the " + "request",
					"2017-10: return-reminder to DCS (dcs@council.example): delivered")
			.doesNotContain("return-request to", "return-reminder to HOS QI");
		MimeMessage[] all = this.smtp.getReceivedMessages();
		assertThat(all).hasSize(3);
		List<MimeMessage> reminders = Arrays.stream(all)
			.filter((m) -> TestMail.subject(m).startsWith("Reminder: "))
			.toList();
		assertThat(reminders).singleElement().satisfies((reminder) -> {
			assertThat(reminder.getSubject()).isEqualTo("Reminder: " + SUBJECT);
			assertThat(TestMail.recipient(reminder)).isEqualTo("dcs@council.example");
			assertThat(TestMail.attachments(reminder)).containsOnlyKeys("DCS.xlsx");
		});

		// when serve starts again after the reminder's time, nothing is sent again
		String after = serveUntil("2017-11-02T10:00:00", "returns: nothing to send");
		assertThat(after).contains("has had the request and the reminder");
		assertThat(this.smtp.getReceivedMessages()).hasSize(3);
	}

	@Test
	void aRequestMissedWhileServeWasStoppedIsSentOnceWhenItStarts() throws Exception {
		// when serve first runs at 11:00 on the 1st working day, two hours after the
		// request's time, and again five minutes later
		String first = serveUntil("2017-11-01T11:00:00", "return-request to HOS QI");
		String second = serveUntil("2017-11-01T11:05:00", "returns: nothing to send");

		// then the requests were sent once, when serve first started, and the log says so
		assertThat(first).contains(
				"bromley-csc-2016 2017-10: 2 return requests due Wed 1 Nov 2017 09:00 GMT not sent "
						+ "while serve was stopped; sending now",
				"bromley-csc-2016 2017-10: not asked, as leadEmails has no address for them: BSCB Members, Chair of BSCB, "
						+ "DCOs, DED, DPH, HO LS, HOS C&R, HOS S&CP, Police; send their workbooks by hand");
		assertThat(second).doesNotContain("return-request to");
		assertThat(this.status.get("nextReturns").asString()).isEqualTo("2017-11-02T09:00:00Z");
		assertThat(this.smtp.getReceivedMessages()).extracting(TestMail::subject).containsExactly(SUBJECT, SUBJECT);
	}

	/**
	 * Runs serve from {@code londonTime} until it logs {@code line}; returns what it
	 * logged.
	 */
	private String serveUntil(String londonTime, String line) throws Exception {
		StartingClock clock = new StartingClock(LocalDateTime.parse(londonTime).atZone(Schedule.LONDON).toInstant());
		String[] settings = Stream
			.of("--server.port=0", "--boardpack.store-dir=" + this.temp.resolve("store"),
					"--boardpack.output-dir=" + this.temp.resolve("output"), "--boardpack.delivery.smtp.host=127.0.0.1",
					"--boardpack.delivery.smtp.port=" + this.smtp.getSmtp().getPort(),
					"--boardpack.delivery.smtp.from=sit@council.example", "--boardpack.delivery.smtp.tls=none",
					"--boardpack.delivery.attempts=1")
			.toArray(String[]::new);
		try (ConfigurableApplicationContext serve = Serve.start(new ServeRequest(List.of(this.programme), clock),
				List.of(LogLines.class), settings)) {
			LogLines log = serve.getBean(LogLines.class);
			Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
			while (!log.text().contains(line)) {
				assertThat(Instant.now()).as("serve never logged \"%s\":%n%s", line, log.text()).isBefore(deadline);
				Thread.sleep(100);
			}
			this.status = new Status(Serve.port(serve)).programme("bromley-csc-2016");
			return log.text();
		}
	}

	/** The first action of a lead's workbook, as a lead filling it would see it. */
	private static String firstAction(Path workbook) throws Exception {
		try (var in = Files.newInputStream(workbook); var book = new XSSFWorkbook(in)) {
			return book.getSheet("Actions").getRow(1).getCell(2).getStringCellValue();
		}
	}

	private static MimeMessage to(String address, MimeMessage[] messages) {
		return Arrays.stream(messages).filter((m) -> TestMail.recipient(m).equals(address)).findFirst().orElseThrow();
	}

}
