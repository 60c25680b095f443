package org.boardpack.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.boardpack.TestFolders;
import org.boardpack.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code returns --send}: each lead with an address gets their workbook through a real
 * SMTP conversation (GreenMail), every message is recorded, and none is sent twice.
 */
class ReturnRequestsMailTests {

	private static final List<String> SETTINGS = List.of("boardpack.output-dir", "boardpack.store-dir",
			"boardpack.delivery.smtp.host", "boardpack.delivery.smtp.port", "boardpack.delivery.smtp.from",
			"boardpack.delivery.smtp.tls", "boardpack.delivery.attempts");

	@TempDir
	Path temp;

	private GreenMail smtp;

	@BeforeEach
	void smtpServer() {
		int port = TestMail.freePort();
		this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
		this.smtp.start();
		System.setProperty("boardpack.output-dir", this.temp.resolve("output").toString());
		System.setProperty("boardpack.store-dir", this.temp.resolve("store").toString());
		System.setProperty("boardpack.delivery.smtp.host", "127.0.0.1");
		System.setProperty("boardpack.delivery.smtp.port", Integer.toString(port));
		System.setProperty("boardpack.delivery.smtp.from", "sit@council.example");
		System.setProperty("boardpack.delivery.smtp.tls", "none");
		System.setProperty("boardpack.delivery.attempts", "1");
	}

	@AfterEach
	void stop() {
		this.smtp.stop();
		SETTINGS.forEach(System::clearProperty);
	}

	@Test
	void eachLeadWithAnAddressIsSentTheirWorkbookOnceAndEveryMessageIsRecorded() throws Exception {
		// given
		Path programme = TestFolders.copy(Path.of(Cli.defaultProgramme()), this.temp.resolve("bromley-csc-2016"));
		Files.delete(programme.resolve("updates/2017-10.csv"));
		Files.writeString(programme.resolve("programme.yml"),
				"leadEmails:\n  DCS: dcs@council.example\n  HOS QI: hos.qi@council.example\n",
				StandardOpenOption.APPEND);

		// when
		RefusalSupport.Outcome first = RefusalSupport.cli("returns", programme.toString(), "--period", "2017-10",
				"--send");
		RefusalSupport.Outcome again = RefusalSupport.cli("returns", programme.toString(), "--period", "2017-10",
				"--send");
		MimeMessage[] received = this.smtp.getReceivedMessages();
		Path october = Files.createDirectories(programme.resolve("updates/2017-10"));
		Files.writeString(october.resolve("hos-qi.csv"),
				"action_id,status,percent_complete,rag,commentary,revised_due_date,rebaselined,updated_by,updated_on\n"
						+ firstAction(this.temp.resolve("output/bromley-csc-2016/returns/2017-10/HOS-QI.xlsx"))
						+ ",in-progress,50,,Returned on time.,,,,\n");
		RefusalSupport.Outcome reminded = RefusalSupport.cli("returns", programme.toString(), "--period", "2017-10",
				"--remind");
		RefusalSupport.Outcome history = RefusalSupport.cli("history", "bromley-csc-2016");

		// then
		assertThat(first.status()).as(first.err()).isZero();
		assertThat(first.out()).contains("DCS (dcs@council.example): delivered (1 attempt)",
				"HOS QI (hos.qi@council.example): delivered (1 attempt)",
				"HOS C&R: no address in leadEmails; send HOS-C&R.xlsx by hand");
		assertThat(again.out()).contains("DCS (dcs@council.example): already delivered at");
		assertThat(received).hasSize(2);
		MimeMessage dcs = Arrays.stream(received)
			.filter((m) -> TestMail.recipient(m).equals("dcs@council.example"))
			.findFirst()
			.orElseThrow();
		assertThat(dcs.getSubject())
			.isEqualTo("Children's Service Improvement Action Plan: your return for October 2017, due 3 November 2017");
		assertThat(TestMail.attachments(dcs)).containsOnlyKeys("DCS.xlsx");
		assertThat(TestMail.attachments(dcs).get("DCS.xlsx"))
			.isEqualTo(Files.readAllBytes(this.temp.resolve("output/bromley-csc-2016/returns/2017-10/DCS.xlsx")));
		assertThat(reminded.status()).as(reminded.err()).isZero();
		assertThat(reminded.out()).contains("DCS (dcs@council.example): delivered (1 attempt)")
			.doesNotContain("HOS QI (");
		assertThat(this.smtp.getReceivedMessages()).hasSize(3);
		List<MimeMessage> reminders = Arrays.stream(this.smtp.getReceivedMessages())
			.filter((m) -> TestMail.subject(m).startsWith("Reminder: "))
			.toList();
		assertThat(reminders).singleElement().satisfies((reminder) -> {
			assertThat(TestMail.recipient(reminder)).isEqualTo("dcs@council.example");
			assertThat(TestMail.subject(reminder))
				.startsWith("Reminder: Children's Service Improvement Action Plan: your return for October 2017");
		});
		assertThat(history.out()).contains("return-request", "return-reminder", "to dcs@council.example");
	}

	/** The first action of a lead's workbook, as a lead filling it would see it. */
	private static String firstAction(Path workbook) throws Exception {
		try (var in = Files.newInputStream(workbook); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
			return book.getSheet("Actions").getRow(1).getCell(2).getStringCellValue();
		}
	}

}
