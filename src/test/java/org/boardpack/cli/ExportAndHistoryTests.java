package org.boardpack.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.boardpack.TestMail;
import org.boardpack.generate.SyntheticProgrammes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code export} and {@code history} at the command line: the month chosen, the lines
 * printed, the exit status.
 */
class ExportAndHistoryTests {

	private static final String PASSWORD = "Kp2-not-for-any-output-9Lw";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final PrintStream outStream = new PrintStream(this.out, true, StandardCharsets.UTF_8);

	private final PrintStream errStream = new PrintStream(this.err, true, StandardCharsets.UTF_8);

	@TempDir
	Path temp;

	@Test
	void aMonthJustClosedOrGivenOutsideTheProgrammeIsAUsageError() {
		// given
		Clock afterTheProgramme = Clock.fixed(Instant.parse("2018-03-05T09:00:00Z"), ZoneId.of("Europe/London"));
		ExportCommand export = new ExportCommand(this.outStream, this.errStream, afterTheProgramme);

		// when / then
		assertThatExceptionOfType(Arguments.UsageException.class)
			.isThrownBy(() -> export.run(Arguments.parse(List.of(Cli.defaultProgramme()), Set.of("period"), Set.of())))
			.withMessage("the month just closed, 2018-02, is outside the programme (2016-06 to 2017-10); "
					+ "give the month to export with --period YYYY-MM");
		assertThat(new Cli(this.outStream, this.errStream).run("export", "--period", "2019-01")).isEqualTo(2);
		assertThat(err()).contains("boardpack: --period 2019-01 is outside the programme (2016-06 to 2017-10)");
	}

	@Test
	void aFailedEmailExitsWith1NamingItWhileTheFolderDropSucceedsAndHistoryListsBoth() throws Exception {
		// given
		Path programme = new SyntheticProgrammes(new SyntheticProgrammes.Shape(1, 20, 4, 3), 5)
			.write(this.temp.resolve("programmes"))
			.get(0);
		Files.writeString(programme.resolve("programme.yml"),
				"delivery:\n  folder: ../../drop\n" + "  email:\n    to: clerk@council.example\n",
				StandardOpenOption.APPEND);
		Clock inJune = Clock.fixed(Instant.parse("2021-07-02T06:00:00Z"), ZoneId.of("Europe/London"));
		String[] settings = settings();

		// when
		int status = new ExportCommand(this.outStream, this.errStream, inJune)
			.run(Arguments.parse(List.of(programme.toString()), Set.of("period"), Set.of()), settings)
			.status();
		int history = new HistoryCommand(this.outStream)
			.run(Arguments.parse(List.of(programme.toString()), Set.of("limit"), Set.of()), settings)
			.status();

		// then
		assertThat(status).isEqualTo(1);
		assertThat(history).isZero();
		Path dropped = this.temp.resolve("drop/synthetic-001/2021-06");
		assertThat(out()).contains("Pack written to " + this.temp.resolve("output/synthetic-001/2021-06"),
				"folder  " + dropped + "\n        delivered (1 attempt)",
				"email   to clerk@council.example\n        failed after 2 attempts: ");
		assertThat(err()).contains("boardpack: email delivery (to clerk@council.example) failed after 2 attempts: ",
				"; the next export tries it again");
		assertThat(dropped.resolve("manifest.json")).exists();
		assertThat(out())
			.contains("Runs of synthetic-001, newest first:", "synthetic-001  2021-06        1  completed",
					"Deliveries of synthetic-001, newest first:")
			.containsPattern("synthetic-001  2021-06  email    failed            2  to clerk@council.example\n"
					+ "      error: .+")
			.containsPattern("synthetic-001  2021-06  folder   delivered         1  " + dropped);
		assertThat(out() + err()).doesNotContain(PASSWORD);
	}

	@Test
	void theSmtpPasswordIsReadFromTheSecretsFolder() throws Exception {
		// given
		Path programme = new SyntheticProgrammes(new SyntheticProgrammes.Shape(1, 20, 4, 3), 5)
			.write(this.temp.resolve("programmes"))
			.get(0);
		Files.writeString(programme.resolve("programme.yml"), "delivery:\n  email:\n    to: clerk@council.example\n",
				StandardOpenOption.APPEND);
		Path secrets = Files.createDirectories(this.temp.resolve("secrets"));
		int port = TestMail.freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"))
			.withConfiguration(GreenMailConfiguration.aConfig().withUser("boardpack", PASSWORD));
		smtp.start();
		String[] settings = { "--boardpack.store-dir=" + this.temp.resolve("store"),
				"--boardpack.output-dir=" + this.temp.resolve("output"), "--BOARDPACK_SECRETS=" + secrets,
				"--boardpack.delivery.smtp.host=127.0.0.1", "--boardpack.delivery.smtp.port=" + port,
				"--boardpack.delivery.smtp.user=boardpack", "--boardpack.delivery.smtp.from=sit@council.example",
				"--boardpack.delivery.smtp.tls=none", "--boardpack.delivery.attempts=1" };
		Arguments forMay = Arguments.parse(List.of(programme.toString(), "--period", "2021-05"), Set.of("period"),
				Set.of());
		ExportCommand export = new ExportCommand(this.outStream, this.errStream, Clock.systemDefaultZone());

		// when
		int wrong;
		int right;
		int received;
		try {
			Files.writeString(secrets.resolve("smtp-password"), "last year's password\n");
			wrong = export.run(forMay, settings).status();
			Files.writeString(secrets.resolve("smtp-password"), PASSWORD + "\n");
			right = export.run(forMay, settings).status();
			received = smtp.getReceivedMessages().length;
		}
		finally {
			smtp.stop();
		}

		// then
		assertThat(wrong).isEqualTo(1);
		assertThat(err()).containsIgnoringCase("failed after 1 attempt: authentication failed");
		assertThat(right).as(err()).isZero();
		assertThat(received).isEqualTo(1);
		assertThat(out()).contains("email   to clerk@council.example\n        delivered (1 attempt)")
			.doesNotContain(PASSWORD, "last year's password");
	}

	@Test
	void bothCommandsExplainThemselves() {
		// when
		Cli cli = new Cli(this.outStream, this.errStream);

		// then
		assertThat(cli.run("--help")).isZero();
		assertThat(cli.run("export", "--help")).isZero();
		assertThat(cli.run("history", "--help")).isZero();
		assertThat(cli.run("history", "--limit", "none")).isEqualTo(2);
		assertThat(out()).contains("export [PROGRAMME_DIR] [--period YYYY-MM]", "history [PROGRAMME] [--limit N]",
				"Usage: ./boardpack export", "BOARDPACK_SMTP_PASSWORD", "Usage: ./boardpack history");
		assertThat(err()).contains("--limit \"none\" is not a whole number of 1 or more");
	}

	/**
	 * A store and output folder of the test's own, and an SMTP server at a port where
	 * nothing listens.
	 */
	private String[] settings() throws IOException {
		int closedPort = TestMail.freePort();
		return new String[] { "--boardpack.store-dir=" + this.temp.resolve("store"),
				"--boardpack.output-dir=" + this.temp.resolve("output"), "--boardpack.delivery.attempts=2",
				"--boardpack.delivery.first-delay=1ms", "--boardpack.delivery.smtp.host=127.0.0.1",
				"--boardpack.delivery.smtp.port=" + closedPort, "--boardpack.delivery.smtp.user=boardpack",
				"--boardpack.delivery.smtp.password=" + PASSWORD, "--boardpack.delivery.smtp.from=sit@council.example",
				"--boardpack.delivery.smtp.tls=none" };
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
