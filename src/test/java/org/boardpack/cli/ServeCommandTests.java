package org.boardpack.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} at the command line: its help and the mistakes caught before anything
 * starts.
 */
class ServeCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final Cli cli = new Cli(new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8));

	@Test
	void helpGivesTheScheduleAndTheStatusAddresses() {
		// when
		int status = this.cli.run("serve", "--help");

		// then
		assertThat(status).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("Usage: ./boardpack serve [DIR1 DIR2 ...] [--all FOLDER]")
			.contains("schedule: \"06:00 on the 5th working day\"")
			.contains("http://localhost:PORT/actuator/boardpack");
	}

	@Test
	void aFolderWithoutProgrammeYmlIsAUsageError(@TempDir Path temp) throws Exception {
		// given
		Files.createDirectories(temp.resolve("empty"));

		// when
		int status = this.cli.run("serve", temp.resolve("empty").toString());
		int all = this.cli.run("serve", "--all", temp.toString());
		int now = this.cli.run("serve", "--now", "next tuesday");

		// then
		assertThat(status).isEqualTo(2);
		assertThat(all).isEqualTo(2);
		assertThat(now).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("\"" + temp.resolve("empty") + "\" is not a programme folder (it has no programme.yml)")
			.contains("\"" + temp + "\" holds no programme folders (none has a programme.yml)")
			.contains("--now \"next tuesday\" is not a time like 2017-11-07T05:59");
	}

}
