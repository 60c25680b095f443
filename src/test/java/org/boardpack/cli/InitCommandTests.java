package org.boardpack.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code init DIR}: a new programme that a user can run at once and then make their own.
 */
class InitCommandTests {

	private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"),
			ZoneId.of("Europe/London"));

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final InitCommand init = new InitCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8), DECEMBER);

	@TempDir
	Path temp;

	@Test
	void initMakesAValidProgrammeNamedAfterItsFolderWithTheReturnsOfTheMonthJustClosed() throws Exception {
		// given
		Path folder = this.temp.resolve("children-improvement");

		// when
		ExitCode code = this.init.run(arguments(folder.toString()));

		// then
		assertThat(code).isEqualTo(ExitCode.OK);
		ProgrammeInput input = ProgrammeReader.read(folder);
		assertThat(input.settings().id()).isEqualTo("children-improvement");
		assertThat(input.priorities()).hasSize(3);
		assertThat(input.actions()).hasSize(6);
		assertThat(input.indicators()).hasSize(3);
		assertThat(input.updates().keySet()).extracting(Object::toString).containsExactly("2026-11");
		assertThat(input.latestPeriod()).hasToString("2026-11");
		assertThat(folder.resolve("narrative/2026-11.md")).exists();
		assertThat(Files.readString(folder.resolve("programme.yml"))).contains("id: children-improvement",
				"# REPLACE: the plan's title");
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("Made the programme children-improvement in " + folder + ": 3 priorities, 6 actions, "
					+ "3 indicators, returns for 2026-11.")
			.contains("./boardpack run " + folder);
		assertThat(Files.list(this.temp).map((p) -> p.getFileName().toString()))
			.containsExactly("children-improvement");
	}

	@Test
	void initRefusesAFolderThatHoldsSomethingAndANameThatCannotBeAnId() throws Exception {
		// given
		Path taken = Files.createDirectories(this.temp.resolve("taken"));
		Files.writeString(taken.resolve("notes.txt"), "mine");

		// when / then
		assertThatExceptionOfType(Arguments.UsageException.class)
			.isThrownBy(() -> this.init.run(arguments(taken.toString())))
			.withMessage(taken + " already exists and is not empty; name a new folder");
		assertThatExceptionOfType(Arguments.UsageException.class)
			.isThrownBy(() -> this.init.run(arguments(this.temp.resolve("My Plan").toString())))
			.withMessageContaining("\"My Plan\" cannot be a programme's id")
			.withMessageContaining("e.g. my-plan");
		assertThat(Files.readString(taken.resolve("notes.txt"))).isEqualTo("mine");
		assertThat(this.temp.resolve("My Plan")).doesNotExist();
	}

	@Test
	void initAtTheCommandLineWithoutAFolderIsAUsageError() {
		// given
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Cli cli = new Cli(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		// when
		int status = cli.run("init");

		// then
		assertThat(status).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("init needs one folder");
	}

	private static Arguments arguments(String... args) {
		return Arguments.parse(List.of(args), Set.of(), Set.of());
	}

}
