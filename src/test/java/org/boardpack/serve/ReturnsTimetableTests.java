package org.boardpack.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import org.boardpack.programme.ProgrammeReader;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.schedule.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When serve asks for a month's returns and reminds: working days of the month after it,
 * at the request's time, counted with the programme's holidays.
 */
class ReturnsTimetableTests {

	private static final String REQUIRED = "id: test-plan\ntitle: Test plan\nstart: 2016-06\nend: 2021-12\n";

	@TempDir
	Path temp;

	@Test
	void theRequestGoesOnItsWorkingDayAndTheReminderTheWorkingDayBeforeTheDueDay() throws IOException {
		// given returns due on the 3rd working day, asked for at 09:00 on the 1st
		ProgrammeSettings settings = settings("returns:\n  request: \"09:00 on the 1st working day\"\n");

		// when
		ReturnsTimetable october = ReturnsTimetable.of(settings, YearMonth.of(2017, 10));

		// then November 2017 began on a Wednesday; due Friday 3rd, so reminded Thursday
		// 2nd
		assertThat(october.request()).isEqualTo(london("2017-11-01T09:00"));
		assertThat(october.reminder()).isEqualTo(london("2017-11-02T09:00"));
	}

	@Test
	void eachNextTimeIsTheFirstStrictlyAfterAndNovembersRequestFollowsOctobersReminder() throws IOException {
		// given
		ProgrammeSettings settings = settings("returns:\n  request: \"09:00 on the 1st working day\"\n");

		// when / then
		assertThat(ReturnsTimetable.next(settings, instant("2017-10-31T12:00"))).isEqualTo(london("2017-11-01T09:00"));
		assertThat(ReturnsTimetable.next(settings, instant("2017-11-01T09:00"))).isEqualTo(london("2017-11-02T09:00"));
		assertThat(ReturnsTimetable.next(settings, instant("2017-11-02T09:00"))).isEqualTo(london("2017-12-01T09:00"));
	}

	@Test
	void theRequestIsDueFromItsTimeAndTheReminderFromItsOwn() throws IOException {
		// given
		ProgrammeSettings settings = settings("returns:\n  request: \"09:00 on the 1st working day\"\n");

		// when
		ReturnsTimetable before = ReturnsTimetable.current(settings, instant("2017-11-01T08:59"));
		ReturnsTimetable asked = ReturnsTimetable.current(settings, instant("2017-11-01T09:00"));
		ReturnsTimetable reminded = ReturnsTimetable.current(settings, instant("2017-11-02T09:00"));

		// then
		assertThat(before.period()).isEqualTo(YearMonth.of(2017, 10));
		assertThat(before.requestDue(instant("2017-11-01T08:59"))).isFalse();
		assertThat(asked.requestDue(instant("2017-11-01T09:00"))).isTrue();
		assertThat(asked.reminderDue(instant("2017-11-01T09:00"))).isFalse();
		assertThat(reminded.reminderDue(instant("2017-11-02T09:00"))).isTrue();
	}

	@Test
	void theProgrammesHolidaysAndZoneMoveTheDaysAndNoReminderIsSentWhenNone() throws IOException {
		// given a council closed on Thursday 1 July 2021, in summer time
		ProgrammeSettings settings = settings("""
				schedule:
				  when: "06:00 on the 5th working day"
				  holidays: [2021-07-01]
				returns:
				  dueWorkingDay: 5
				  request: "08:30 on the 1st working day"
				  reminderDaysBefore: none
				""");

		// when
		ReturnsTimetable june = ReturnsTimetable.of(settings, YearMonth.of(2021, 6));

		// then
		assertThat(june.request()).isEqualTo(london("2021-07-02T08:30"));
		assertThat(june.request().toInstant()).isEqualTo(Instant.parse("2021-07-02T07:30:00Z"));
		assertThat(june.reminder()).isNull();
	}

	private ProgrammeSettings settings(String returns) throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve("test-plan"));
		Files.writeString(folder.resolve("programme.yml"), REQUIRED + returns);
		return ProgrammeReader.readSettings(folder);
	}

	private static ZonedDateTime london(String time) {
		return LocalDateTime.parse(time).atZone(Schedule.LONDON);
	}

	private static Instant instant(String londonTime) {
		return london(londonTime).toInstant();
	}

}
