package org.boardpack.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees at the command line: exit statuses and messages. */
class CliTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final Cli cli = new Cli(new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8));

	@Test
	void validateReportsTheBundledProgrammeAsValidWithItsCounts() {
		// when
		int status = this.cli.run("validate");

		// then
		assertThat(status).isZero();
		assertThat(out())
			.contains("jobs/bromley-csc-2016 is valid: 10 priorities, 74 issues, 307 actions, 132 indicators")
			.contains("14 update returns (2016-09 to 2017-10)");
	}

	@Test
	void invalidInputExitsWithStatus3ListingEveryProblemAndWritesNothing(@TempDir Path temp) throws Exception {
		// given
		Path programme = temp.resolve("broken");
		Files.createDirectories(programme.resolve("plan"));
		Files.writeString(programme.resolve("programme.yml"),
				"id: broken\ntitle: Broken\nstart: 2016-06\nend: 2017-10\n");
		Files.writeString(programme.resolve("plan/priorities.csv"),
				"priority_id,title,lead,summary\n1,One,DCS,\n1,Again,DCS,\n");
		Files.writeString(programme.resolve("plan/actions.csv"),
				"action_id,priority_id,issue_id,description,lead,agencies,timescale,start_date,due_date\n"
						+ "1.1,9,,Do it,DCS,,Sep 16,2016-09-01,31/09/2016\n");

		// when
		int status = this.cli.run("run", programme.toString());

		// then
		assertThat(status).isEqualTo(3);
		assertThat(err()).contains("3 problems in the input:")
			.contains("plan/priorities.csv:3:A (priority_id): duplicate priority_id \"1\" (first on row 2)")
			.contains("plan/actions.csv:2:B (priority_id): unknown priority \"9\"")
			.contains(
					"plan/actions.csv:2:I (due_date): \"31/09/2016\" is not a date that exists (there is no 31 September 2016)")
			.contains("Nothing was stored or written.");
		assertThat(Files.exists(temp.resolve("output"))).isFalse();
	}

	@Test
	void aBadNarrativeIsInvalidInputReportedWithTheDataAndNothingIsWritten(@TempDir Path temp) throws Exception {
		// given
		Path programme = TestFolders.copy(Path.of(Cli.defaultProgramme()), temp.resolve("bromley-csc-2016"));
		Files.writeString(programme.resolve("narrative/2017-10.md"), """
				---
				meetingDate: 15/11/2017
				---
				## Recommendations
				Note the report.
				## Priority 42
				Nothing here.
				""");
		Files.writeString(programme.resolve("narrative/October.md"), "## Recommendations\n");

		// when
		int status = this.cli.run("run", programme.toString(), "--period", "2017-10");

		// then
		assertThat(status).isEqualTo(3);
		assertThat(err()).contains("3 problems in the input:")
			.contains("narrative/2017-10.md:2: meetingDate \"15/11/2017\" is not a date; write it as YYYY-MM-DD")
			.contains("narrative/2017-10.md:6: \"Priority 42\": there is no priority 42 in the plan")
			.contains("narrative/October.md: is not named after a period; name it YYYY-MM.md");
		assertThat(Files.exists(temp.resolve("output"))).isFalse();
	}

	@Test
	void aPeriodOutsideTheProgrammeIsAUsageError() {
		// when
		int status = this.cli.run("run", "--period", "2019-01");

		// then
		assertThat(status).isEqualTo(2);
		assertThat(err()).contains("--period 2019-01 is outside the programme (2016-06 to 2017-10)");
	}

	@Test
	void anUnknownCommandOrOptionIsAUsageError() {
		assertThat(this.cli.run("publish")).isEqualTo(2);
		assertThat(this.cli.run("run", "--colour", "red")).isEqualTo(2);
		assertThat(this.cli.run("generate", "--seed", "abc")).isEqualTo(2);
		assertThat(err()).contains("unknown command \"publish\"", "unknown option --colour",
				"--seed \"abc\" is not a whole number");
	}

	@Test
	void anInvalidReturnGivenWithUpdatesIsListedAndNotFiled(@TempDir Path temp) throws Exception {
		// given
		Path programme = TestFolders.copy(Path.of(Cli.defaultProgramme()), temp.resolve("bromley-csc-2016"));
		Files.delete(programme.resolve("updates/2017-10.csv"));
		Path given = temp.resolve("return.csv");
		Files.writeString(given, "action_id,status,percent_complete,rag,commentary,revised_due_date,rebaselined,"
				+ "updated_by,updated_on\n1.4.5,finished,75,red,,,,DCS,2017-10-30\n");

		// when
		int status = this.cli.run("run", programme.toString(), "--period", "2017-10", "--updates", given.toString());

		// then
		assertThat(status).isEqualTo(3);
		assertThat(err()).contains("updates/2017-10.csv:2:B (status): \"finished\" is not one of: not-started, "
				+ "in-progress, complete, on-hold, cancelled", "Nothing was stored or written.");
		assertThat(programme.resolve("updates/2017-10.csv")).doesNotExist();
	}

	@Test
	void updatesNeedsAPeriodAndASecondReturnJoinsTheFirstInTheMonthsFolder(@TempDir Path temp) throws Exception {
		// given
		Path programme = TestFolders.copy(Path.of(Cli.defaultProgramme()), temp.resolve("bromley-csc-2016"));
		Path given = Files.writeString(temp.resolve("rag-tracker.xlsx"), "not read");

		// when
		int withoutPeriod = this.cli.run("run", programme.toString(), "--updates", given.toString());
		int unreadable = this.cli.run("run", programme.toString(), "--period", "2017-10", "--updates",
				given.toString());

		// then
		assertThat(withoutPeriod).isEqualTo(2);
		assertThat(unreadable).isEqualTo(3);
		assertThat(err()).contains("--updates needs --period",
				"updates/2017-10/rag-tracker.xlsx: cannot be read as a workbook", "Nothing was stored or written.");
		assertThat(programme.resolve("updates/2017-10")).doesNotExist();
		assertThat(programme.resolve("updates/2017-10.csv")).exists();
	}

	@Test
	void syntheticProgrammesAreWrittenWhereAskedAndReadAsValid(@TempDir Path temp) {
		// when
		int status = this.cli.run("generate", "--programmes", "2", "--actions", "25", "--indicators", "6", "--periods",
				"4", "--out", temp.toString());

		// then
		assertThat(status).isZero();
		assertThat(out()).contains("Wrote 2 synthetic programmes (25 actions, 6 indicators, 4 periods each)");
		assertThat(this.cli.run("validate", temp.resolve("synthetic-002").toString())).isZero();
		assertThat(out()).contains("synthetic-002 is valid: ",
				"25 actions, 6 indicators, 4 update returns (2021-04 to 2021-07)");
	}

	@Test
	void badSizesAndAFolderWithoutProgrammesAreUsageErrors(@TempDir Path temp) {
		assertThat(this.cli.run("generate", "--programmes", "0")).isEqualTo(2);
		assertThat(this.cli.run("generate", "--programmes", "2", "--actions", "many")).isEqualTo(2);
		assertThat(this.cli.run("run", "--all", temp.toString())).isEqualTo(2);
		assertThat(err()).contains("--programmes \"0\" is not a whole number of 1 or more",
				"--actions \"many\" is not a whole number of 1 or more",
				"--all \"" + temp + "\" holds no programme folders (none has a programme.yml)");
	}

	@Test
	void helpDescribesEveryCommandAndTheExitStatuses() {
		// when
		int status = this.cli.run("--help");

		// then
		assertThat(status).isZero();
		assertThat(out()).contains("run [PROGRAMME_DIR] [--period YYYY-MM]", "validate [PROGRAMME_DIR]",
				"generate [PROGRAMME_DIR]", "run --all FOLDER", "generate --programmes N", "3 invalid input");
		assertThat(this.cli.run("run", "--help")).isZero();
		assertThat(out()).contains("Usage: ./boardpack run", "--updates FILE");
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
