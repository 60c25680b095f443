package org.boardpack.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.boardpack.TestMail;
import org.boardpack.input.Checksums;
import org.boardpack.job.PackRuns;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.rollup.RollupJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The export of a small programme to a drop folder and by e-mail, through a real SMTP
 * server (GreenMail).
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class PackDeliveryTests extends DeliveryTestSupport {

	private static final YearMonth PERIOD = YearMonth.of(2021, 7);

	private static final String RECIPIENTS = """
			  email:
			    to: [clerk@council.example, chair@council.example]
			    cc: sit@council.example
			""";

	private GreenMail smtp;

	@Autowired
	private PackDelivery export;

	@Autowired
	private PackHistory history;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void thePackIsDroppedWithAManifestWhoseChecksumsMatchAndItsPdfsAreMailed() throws Exception {
		// given
		Path drop = ROOT.resolve("drop-first");
		Path programme = programme("first", "delivery:\n  folder: " + drop + "\n" + RECIPIENTS);
		GreenMail smtp = startSmtp();

		// when
		PackExport.Exported exported = this.export.export(programme, PERIOD);

		// then
		assertThat(exported.deliveries()).extracting(PackExport.Delivered::channel, PackExport.Delivered::status)
			.containsExactly(tuple("folder", PackExport.Status.DELIVERED), tuple("email", PackExport.Status.DELIVERED));
		Path dropped = drop.resolve("first").resolve("2021-07");
		Map<String, String> manifest = manifestChecksums(dropped);
		assertThat(files(dropped)).containsExactlyInAnyOrderElementsOf(files(exported.pack()));
		assertThat(manifest.keySet()).containsExactlyInAnyOrderElementsOf(
				files(dropped).stream().filter((name) -> !name.equals("manifest.json")).toList());
		for (Map.Entry<String, String> entry : manifest.entrySet()) {
			assertThat(sha256(dropped.resolve(entry.getKey()))).as(entry.getKey()).isEqualTo(entry.getValue());
			assertThat(sha256(exported.pack().resolve(entry.getKey()))).as(entry.getKey()).isEqualTo(entry.getValue());
		}
		assertThat(Files.readAllBytes(dropped.resolve("manifest.json")))
			.isEqualTo(Files.readAllBytes(exported.pack().resolve("manifest.json")));
		assertThat(files(drop.resolve("first"))).containsExactly("2021-07");

		MimeMessage[] received = smtp.getReceivedMessages();
		ProgrammeRollup rolled = RollupJson.read(exported.pack().resolve("rollup.json")).programme();
		// one message, delivered to each of the three recipients
		assertThat(received).hasSize(3).extracting(MimeMessage::getMessageID).containsOnly(received[0].getMessageID());
		MimeMessage message = received[0];
		assertThat(message.getSubject())
			.isEqualTo(rolled.title() + ": board pack for " + rolled.periodName() + ", overall " + rolled.rag().word());
		assertThat(addresses(message.getRecipients(Message.RecipientType.TO))).containsExactly("clerk@council.example",
				"chair@council.example");
		assertThat(addresses(message.getRecipients(Message.RecipientType.CC))).containsExactly("sit@council.example");
		assertThat(addresses(message.getFrom())).containsExactly(FROM);
		Map<String, byte[]> attachments = TestMail.attachments(message);
		assertThat(attachments.keySet()).containsExactly("board-paper.pdf", "exception-report.pdf");
		for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
			assertThat(attachment.getValue()).as(attachment.getKey())
				.isEqualTo(Files.readAllBytes(exported.pack().resolve(attachment.getKey())));
		}
		assertThat(text(message)).contains("Overall: " + rolled.rag().word() + ". " + rolled.reason(),
				"Actions: " + rolled.actions() + " in all", "board-paper.pdf (", "exception-report.pdf (",
				"The full pack (RAG tracker, board paper in Word and HTML, roll-up and manifest) is at:\n  " + dropped);
	}

	@Test
	void exportingAgainDeliversNothingTwiceAndHistoryShowsOneSuccessPerChannel() throws Exception {
		// given
		Path drop = ROOT.resolve("drop-again");
		Path programme = programme("again", "delivery:\n  folder: " + drop + "\n" + RECIPIENTS);
		GreenMail smtp = startSmtp();

		// when
		this.export.export(programme, PERIOD);
		PackExport.Exported second = this.export.export(programme, PERIOD);

		// then
		assertThat(second.deliveries()).allSatisfy((delivered) -> {
			assertThat(delivered.status()).isEqualTo(PackExport.Status.ALREADY_DELIVERED);
			assertThat(delivered.outcome()).startsWith("already delivered at ");
		});
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		assertThat(this.history.deliveries("again", 20))
			.extracting(PackHistory.Delivery::channel, PackHistory.Delivery::outcome, PackHistory.Delivery::attempts)
			.containsExactlyInAnyOrder(tuple("folder", "delivered", 1), tuple("email", "delivered", 1));
		assertThat(this.history.runs("again", 20)).hasSize(2)
			.allSatisfy((run) -> assertThat(run.status()).isEqualTo("COMPLETED"))
			.extracting(PackRuns.Run::period, PackRuns.Run::attempt)
			.containsExactly(tuple("2021-07", 2L), tuple("2021-07", 1L));
	}

	@Test
	void withTheServerDownTheEmailIsRetriedAndRecordedAsFailedAndTheNextExportSendsOnlyIt(CapturedOutput output)
			throws Exception {
		// given
		Path drop = ROOT.resolve("drop-down");
		Path programme = programme("down", "delivery:\n  folder: " + drop + "\n" + RECIPIENTS);

		// when
		PackExport.Exported whileDown = this.export.export(programme, PERIOD);
		GreenMail smtp = startSmtp();
		PackExport.Exported onceUp = this.export.export(programme, PERIOD);

		// then
		assertThat(whileDown.deliveries()).extracting(PackExport.Delivered::status)
			.containsExactly(PackExport.Status.DELIVERED, PackExport.Status.FAILED);
		assertThat(whileDown.failed()).singleElement().satisfies((failed) -> {
			assertThat(failed.channel()).isEqualTo("email");
			assertThat(failed.outcome()).startsWith("failed after 3 attempts: ")
				.contains("127.0.0.1, " + SMTP_PORT, "Connection refused")
				.doesNotContain("\n", "Exception");
		});
		assertThat(drop.resolve("down/2021-07/manifest.json")).exists();
		assertThat(onceUp.deliveries()).extracting(PackExport.Delivered::status)
			.containsExactly(PackExport.Status.ALREADY_DELIVERED, PackExport.Status.DELIVERED);
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select * from delivery where programme_id = 'down' order by delivery_id");
		assertThat(rows).extracting((row) -> row.get("CHANNEL") + " " + row.get("OUTCOME") + " " + row.get("ATTEMPTS"))
			.containsExactly("folder delivered 1", "email failed 3", "email delivered 1");
		assertThat(rows.get(1).get("ERROR").toString()).contains("127.0.0.1");
		assertThat(rows.toString()).doesNotContain(SMTP_PASSWORD);
		assertThat(output.getAll()).contains("attempt 1 of 3 failed: ", "attempt 3 of 3 failed: ")
			.doesNotContain(SMTP_PASSWORD);
		try (Stream<Path> files = Files.walk(ROOT)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
					.doesNotContain(SMTP_PASSWORD);
			}
		}
	}

	@Test
	void anEmailSentButNotRecordedWhenItsProcessDiedIsSentAgainOnceAndTheExportSaysSo() throws Exception {
		// given an export whose e-mail went out, with its record left as a process killed
		// between sending and
		// recording leaves it: begun, never ended
		Path programme = programme("cut-short", "delivery:\n" + RECIPIENTS);
		GreenMail smtp = startSmtp();
		this.export.export(programme, PERIOD);
		int sentOnce = smtp.getReceivedMessages().length;
		this.jdbc.update("update delivery set outcome = 'sending', attempts = 0 where programme_id = 'cut-short'");

		// when exported again, then once more
		PackExport.Exported again = this.export.export(programme, PERIOD);
		PackExport.Exported third = this.export.export(programme, PERIOD);

		// then the e-mail went once more, never twice more, and the export said it may
		// have arrived twice
		assertThat(again.deliveries()).singleElement().satisfies((delivered) -> {
			assertThat(delivered.status()).isEqualTo(PackExport.Status.DELIVERED);
			assertThat(delivered.outcome()).matches("delivered \\(1 attempt\\); sent again, as the delivery begun "
					+ "at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d was cut short before it was recorded: it may "
					+ "have arrived too");
		});
		assertThat(third.deliveries()).singleElement()
			.satisfies((delivered) -> assertThat(delivered.status()).isEqualTo(PackExport.Status.ALREADY_DELIVERED));
		assertThat(sentOnce).isEqualTo(3);
		assertThat(smtp.getReceivedMessages()).hasSize(2 * sentOnce);
		assertThat(this.history.deliveries("cut-short", 20)).extracting(PackHistory.Delivery::outcome)
			.containsExactlyInAnyOrder("interrupted", "delivered");
	}

	@Test
	void aRefusedLoginIsNotTriedAgainAndItsRecordSaysWhy() throws Exception {
		// given
		Path programme = programme("refused", RECIPIENTS.replace("  email:", "delivery:\n  email:"));
		this.smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
			.withConfiguration(GreenMailConfiguration.aConfig().withUser(SMTP_USER, "another password"));
		this.smtp.start();

		// when
		PackExport.Exported exported = this.export.export(programme, PERIOD);

		// then
		assertThat(exported.failed()).singleElement()
			.satisfies((failed) -> assertThat(failed.outcome()).startsWith("failed after 1 attempt: ")
				.containsIgnoringCase("authentication"));
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
		assertThat(this.history.deliveries("refused", 20)).singleElement()
			.satisfies((delivery) -> assertThat(delivery.error()).containsIgnoringCase("authentication")
				.doesNotContain(SMTP_PASSWORD));
	}

	@AfterEach
	void stopSmtp() {
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	private GreenMail startSmtp() {
		this.smtp = smtpServer();
		this.smtp.start();
		return this.smtp;
	}

	private static Map<String, String> manifestChecksums(Path pack) throws IOException {
		JsonNode manifest = RollupJson.MAPPER.readTree(pack.resolve("manifest.json").toFile());
		Map<String, String> checksums = new LinkedHashMap<>();
		manifest.get("outputs").forEach((o) -> checksums.put(o.get("file").asString(), o.get("sha256").asString()));
		return checksums;
	}

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static String sha256(Path file) throws IOException {
		return Checksums.sha256(Files.readAllBytes(file));
	}

	private static List<String> addresses(Address[] addresses) {
		return Stream.of(addresses).map(Address::toString).toList();
	}

	private static String text(MimeMessage message) throws Exception {
		List<String> texts = new ArrayList<>();
		collectText((Multipart) message.getContent(), texts);
		return String.join("\n", texts).replace("\r\n", "\n");
	}

	private static void collectText(Multipart parts, List<String> texts) throws Exception {
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (part.isMimeType("text/plain") && part.getDisposition() == null) {
				texts.add(part.getContent().toString());
			}
			else if (part.getContent() instanceof Multipart nested) {
				collectText(nested, texts);
			}
		}
	}

}
