package org.boardpack.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.boardpack.TestMail;
import org.boardpack.cli.Cli;
import org.boardpack.generate.SyntheticProgrammes;
import org.boardpack.schedule.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * serve for real: a programme whose schedule falls seconds after serve starts has the
 * month just closed made, dropped into its folder and mailed through a real SMTP server,
 * and {@code history} lists the run and both deliveries.
 */
class ServeDeliversTests {

	private static final String PASSWORD = "served-Rt7-never-shown";

	@TempDir
	Path temp;

	@Test
	void aScheduleSecondsAheadMakesThePackAndDeliversItToTheFolderAndByEmail() throws Exception {
		// given a small programme of April to June 2021, due at 06:00 on the 5th working
		// day of the month
		Path programme = new SyntheticProgrammes(new SyntheticProgrammes.Shape(1, 20, 4, 3), 11)
			.write(this.temp.resolve("programmes"))
			.get(0);
		Path drop = this.temp.resolve("drop");
		Files.writeString(
				programme.resolve("programme.yml"), "schedule: \"06:00 on the 5th working day\"\n"
						+ "delivery:\n  folder: " + drop + "\n  email:\n    to: clerk@council.example\n",
				StandardOpenOption.APPEND);
		// and serve's clock three seconds before that time in July 2021 (Thursday 1st, so
		// the 5th is Wednesday 7th): the clock starts when serve first reads it, as it
		// schedules, so the wait is the same however long serve takes to start
		StartingClock clock = new StartingClock(
				LocalDateTime.parse("2021-07-07T05:59:57").atZone(Schedule.LONDON).toInstant());
		GreenMail smtp = new GreenMail(new ServerSetup(TestMail.freePort(), "127.0.0.1", "smtp"))
			.withConfiguration(GreenMailConfiguration.aConfig().withUser("boardpack", PASSWORD));
		smtp.start();
		List<String> settings = List.of("--boardpack.store-dir=" + this.temp.resolve("store"),
				"--boardpack.output-dir=" + this.temp.resolve("output"), "--boardpack.delivery.smtp.host=127.0.0.1",
				"--boardpack.delivery.smtp.port=" + smtp.getSmtp().getPort(),
				"--boardpack.delivery.smtp.user=boardpack", "--boardpack.delivery.smtp.password=" + PASSWORD,
				"--boardpack.delivery.smtp.from=sit@council.example", "--boardpack.delivery.smtp.tls=none");

		// when serve runs until the programme's export has been made
		JsonNode served;
		MimeMessage[] received;
		try (ConfigurableApplicationContext serve = Serve.start(new ServeRequest(List.of(programme), clock), List.of(),
				Stream.concat(Stream.of("--server.port=0"), settings.stream()).toArray(String[]::new))) {
			served = new Status(Serve.port(serve)).awaitProgramme("synthetic-001", (p) -> !p.get("lastRun").isNull(),
					Duration.ofMinutes(3));
			received = smtp.getReceivedMessages();
		}
		finally {
			smtp.stop();
		}

		// then the month just closed was made at 06:00 and both deliveries succeeded
		JsonNode last = served.get("lastRun");
		assertThat(last.get("outcome").asString()).as(last.toString()).isEqualTo("completed");
		assertThat(last.get("period").asString()).isEqualTo("2021-06");
		assertThat(last.get("started").asString()).startsWith("2021-07-07T06:00:0").endsWith("+01:00");
		Path pack = this.temp.resolve("output/synthetic-001/2021-06");
		Path dropped = drop.resolve("synthetic-001/2021-06");
		assertThat(last.get("deliveries").valueStream().map((d) -> d.get("target").asString()))
			.containsExactly(dropped.toString(), "to clerk@council.example");

		// the folder holds the pack, byte for byte, manifest included
		Map<String, byte[]> made = contents(pack);
		assertThat(contents(dropped)).containsOnlyKeys(made.keySet())
			.containsKey("manifest.json")
			.allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(made.get(name)));

		// the e-mail came through SMTP with the pack's PDFs attached
		assertThat(received).hasSize(1);
		Map<String, byte[]> attachments = TestMail.attachments(received[0]);
		assertThat(attachments).containsOnlyKeys("board-paper.pdf", "exception-report.pdf");
		attachments.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(made.get(name)));

		// history, read from the store afterwards, lists the run and both deliveries
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = history(settings, new PrintStream(out, true, StandardCharsets.UTF_8));
		String history = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(history).isZero();
		assertThat(history).contains("synthetic-001  2021-06        1  completed")
			.containsPattern("synthetic-001  2021-06  folder   delivered +1  " + dropped)
			.containsPattern("synthetic-001  2021-06  email    delivered +1  to clerk@council.example")
			.doesNotContain(PASSWORD);
	}

	/** {@code ./boardpack history synthetic-001} against the store serve used. */
	private static int history(List<String> settings, PrintStream out) {
		for (String setting : settings) {
			String[] pair = setting.substring(2).split("=", 2);
			System.setProperty(pair[0], pair[1]);
		}
		try {
			return new Cli(out, out).run("history", "synthetic-001");
		}
		finally {
			settings.forEach((setting) -> System.clearProperty(setting.substring(2).split("=", 2)[0]));
		}
	}

	private static Map<String, byte[]> contents(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.toList()) {
				files.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		return files;
	}

}
