package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.boardpack.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code schedule:} setting of programme.yml: when serve makes and delivers the pack.
 */
class ScheduleSettingTests {

	private static final String SETTINGS = SettingsFolders.REQUIRED;

	@TempDir
	Path tempDir;

	@Test
	void withoutTheSettingThePackIsNeverScheduled() throws IOException {
		assertThat(ProgrammeReader.readSettings(folder(SETTINGS)).schedule()).isNull();
	}

	@Test
	void thePhraseOnItsOwnIsReadInLondonWithBankHolidays() throws IOException {
		// when
		ProgrammeSettings settings = ProgrammeReader
			.readSettings(folder(SETTINGS + "schedule: \"06:00 on the 5th working day\"\n"));

		// then
		assertThat(settings.schedule().describe()).isEqualTo("06:00 on the 5th working day (Europe/London)");
		assertThat(settings.schedule().bankHolidays()).isTrue();
	}

	@Test
	void aBlockGivesTheZoneAndTheProgrammesOwnHolidays() throws IOException {
		// given
		Path folder = folder(SETTINGS + """
				schedule:
				  when: "0 0 7 * * MON-FRI"
				  zone: Europe/Dublin
				  holidays: [2017-11-06, 2017-11-07]
				  bankHolidays: none
				""");

		// when
		ProgrammeSettings settings = ProgrammeReader.readSettings(folder);

		// then
		assertThat(settings.schedule().zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
		assertThat(settings.schedule().holidays()).containsExactly(LocalDate.parse("2017-11-06"),
				LocalDate.parse("2017-11-07"));
		assertThat(settings.schedule().next(Instant.parse("2017-11-06T12:00:00Z")).toLocalDateTime())
			.hasToString("2017-11-07T07:00");
	}

	@Test
	void aBadScheduleIsAProblemOfProgrammeYmlOnItsLine() throws IOException {
		// given
		Path folder = folder(SETTINGS + "schedule: \"6am on the fifth working day\"\n");

		// when
		InvalidInputException problems = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		assertThat(problems.getMessage()).contains("programme.yml:5: schedule: \"6am on the fifth working day\" is "
				+ "not a schedule; write a time and a working day, such as \"06:00 on the 5th working day\"");
	}

	@Test
	void everyProblemOfAScheduleBlockIsListed() throws IOException {
		// given
		Path folder = folder(SETTINGS + """
				schedule:
				  when: "0 6 5 * *"
				  zone: Europe/Londn
				  holidays: [2017-13-01]
				  bankHolidays: scotland
				  at: 06:00
				""");

		// when
		InvalidInputException problems = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		assertThat(problems.getMessage()).contains(
				"programme.yml:7: schedule.zone: \"Europe/Londn\" is not a time zone; write it as Region/City",
				"programme.yml:8: schedule.holidays: \"2017-13-01\" is not a date; write it as YYYY-MM-DD",
				"programme.yml:9: schedule.bankHolidays: \"scotland\" is not one of: england-and-wales, none",
				"programme.yml:10: unknown setting \"schedule.at\"; the settings are: when, zone, holidays, bankHolidays");
	}

	@Test
	void aCronExpressionOfFiveFieldsIsExplained() throws IOException {
		// given
		Path folder = folder(SETTINGS + "schedule:\n  when: \"0 6 5 * *\"\n");

		// when
		InvalidInputException problems = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		assertThat(problems.getMessage())
			.contains("programme.yml:6: schedule: \"0 6 5 * *\" is not a schedule " + "(as a cron expression:")
			.contains("of six fields, second minute hour day month weekday");
	}

	private Path folder(String settings) throws IOException {
		return SettingsFolders.folder(this.tempDir, settings);
	}

}
