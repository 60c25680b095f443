package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import org.boardpack.input.InvalidInputException;
import org.boardpack.returns.LeadReturns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code returns:} setting of programme.yml: the day returns are due, and when serve
 * asks for them and reminds.
 */
class ReturnsSettingTests {

	private static final String SETTINGS = SettingsFolders.REQUIRED;

	@TempDir
	Path tempDir;

	@Test
	void withoutTheSettingReturnsAreDueOnTheThirdWorkingDayAndServeSendsNothing() throws IOException {
		// when
		ProgrammeSettings settings = ProgrammeReader.readSettings(folder(SETTINGS));

		// then November 2017 began on a Wednesday: the 3rd working day is Friday 3rd
		assertThat(LeadReturns.due(YearMonth.of(2017, 10), settings)).isEqualTo(LocalDate.of(2017, 11, 3));
		assertThat(settings.returns().request()).isNull();
		assertThat(settings.returns().reminderWorkingDay()).isZero();
	}

	@Test
	void theDueDayRequestAndReminderAreRead() throws IOException {
		// when
		ProgrammeSettings settings = ProgrammeReader.readSettings(folder(SETTINGS + """
				returns:
				  dueWorkingDay: 5
				  request: "09:30 on the 1st working day"
				  reminderDaysBefore: 2
				"""));

		// then the 5th working day of November 2017 is Tuesday 7th, reminded on the 3rd
		assertThat(LeadReturns.due(YearMonth.of(2017, 10), settings)).isEqualTo(LocalDate.of(2017, 11, 7));
		assertThat(settings.returns().request().time()).isEqualTo(LocalTime.of(9, 30));
		assertThat(settings.returns().request().day()).isEqualTo(1);
		assertThat(settings.returns().reminderWorkingDay()).isEqualTo(3);
	}

	@Test
	void aRequestIsRemindedTheWorkingDayBeforeTheDueDayUnlessNone() throws IOException {
		// when
		ProgrammeSettings reminded = ProgrammeReader
			.readSettings(folder(SETTINGS + "returns:\n  request: \"09:00 on the 1st working day\"\n"));
		ProgrammeSettings none = ProgrammeReader.readSettings(folder(
				SETTINGS + "returns:\n  request: \"09:00 on the 1st working day\"\n  reminderDaysBefore: none\n"));

		// then
		assertThat(reminded.returns().reminderWorkingDay()).isEqualTo(2);
		assertThat(none.returns().reminderWorkingDay()).isZero();
	}

	@Test
	void everyBadValueIsAProblemOfProgrammeYmlOnItsLine() throws IOException {
		// given
		Path folder = folder(SETTINGS + """
				returns:
				  dueWorkingDay: 25
				  request: "first thing on the 1st"
				  remindDays: 1
				""");

		// when
		InvalidInputException problems = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		assertThat(problems.getMessage()).contains(
				"programme.yml:6: returns.dueWorkingDay: \"25\" is not a whole number from 1 to 18",
				"programme.yml:7: returns.request: \"first thing on the 1st\" is not a time on a working day; "
						+ "write it as \"09:00 on the 1st working day\"",
				"programme.yml:8: unknown setting \"returns.remindDays\"; the settings are: dueWorkingDay, request, "
						+ "reminderDaysBefore");
	}

	@Test
	void aRequestOnOrAfterTheDueDayAndAReminderBeforeTheRequestAreRefused() throws IOException {
		// given
		Path late = folder(SETTINGS + "returns:\n  dueWorkingDay: 2\n  request: \"09:00 on the 2nd working day\"\n");
		Path early = this.tempDir.resolve("early");
		SettingsFolders.folder(early,
				SETTINGS + "returns:\n  request: \"09:00 on the 1st working day\"\n  reminderDaysBefore: 2\n");

		// when
		InvalidInputException lateProblems = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(late));
		InvalidInputException earlyProblems = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(early.resolve("test-plan")));

		// then
		assertThat(lateProblems.getMessage()).contains("programme.yml:7: returns.request: the request would go out "
				+ "on the 2nd working day, when returns are due on the 2nd; send it before the due day");
		assertThat(earlyProblems.getMessage())
			.contains("programme.yml:7: returns.reminderDaysBefore: 2 working days before the 3rd is not after the "
					+ "request on the 1st working day; remind fewer days before the due day, or write none");
	}

	private Path folder(String settings) throws IOException {
		return SettingsFolders.folder(this.tempDir, settings);
	}

}
