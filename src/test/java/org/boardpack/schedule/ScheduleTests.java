package org.boardpack.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * When a schedule next fires: working days, bank holidays, month and year ends, and the
 * clocks changing.
 */
class ScheduleTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Schedule fifthWorkingDay = Schedule.of("06:00 on the 5th working day");

	@Test
	void theFifthWorkingDayPassesOverTheWeekend() {
		// given 1 November 2017 is a Wednesday: Wed, Thu, Fri, then Mon 6 and Tue 7

		// when
		ZonedDateTime next = this.fifthWorkingDay.next(london("2017-11-01T00:00"));

		// then
		assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2017-11-07T06:00"));
		assertThat(next.getZone()).isEqualTo(LONDON);
	}

	@Test
	void aMonthStartingAtTheWeekendStartsCountingOnMonday() {
		// given 1 October 2017 is a Sunday
		Schedule first = Schedule.of("07:30 on the 1st working day");

		// when
		ZonedDateTime next = first.next(london("2017-09-30T12:00"));

		// then
		assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2017-10-02T07:30"));
	}

	@Test
	void aBankHolidayIsNotAWorkingDayUnlessSwitchedOff() {
		// given 1 May 2017 is the early May bank holiday, a Monday
		Schedule first = Schedule.of("06:00 on the 1st working day");
		Schedule withoutBankHolidays = new Schedule("06:00 on the 1st working day", null, List.of(), false);

		// when
		ZonedDateTime next = first.next(london("2017-04-30T12:00"));
		ZonedDateTime ignoringThem = withoutBankHolidays.next(london("2017-04-30T12:00"));

		// then
		assertThat(next.toLocalDate()).isEqualTo(LocalDate.parse("2017-05-02"));
		assertThat(ignoringThem.toLocalDate()).isEqualTo(LocalDate.parse("2017-05-01"));
	}

	@Test
	void aProgrammesOwnHolidaysAreNotWorkingDays() {
		// given the council is closed on Wednesday 1 November 2017
		Schedule schedule = new Schedule("06:00 on the 5th working day", LONDON, List.of(LocalDate.parse("2017-11-01")),
				true);

		// when
		ZonedDateTime next = schedule.next(london("2017-11-01T00:00"));

		// then
		assertThat(next.toLocalDate()).isEqualTo(LocalDate.parse("2017-11-08"));
	}

	@Test
	void onceThisMonthsTimeHasPassedTheNextIsNextMonths() {
		// when
		ZonedDateTime atTheFireTime = this.fifthWorkingDay.next(london("2017-11-07T06:00"));
		ZonedDateTime atMonthEnd = this.fifthWorkingDay.next(london("2017-11-30T23:59"));

		// then 1 December 2017 is a Friday: Fri 1, Mon 4, Tue 5, Wed 6, Thu 7
		assertThat(atTheFireTime.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2017-12-07T06:00"));
		assertThat(atMonthEnd).isEqualTo(atTheFireTime);
	}

	@Test
	void theYearEndCountsFromTheNewYearBankHoliday() {
		// given 1 January 2018 is a Monday and a bank holiday: Tue 2, Wed 3, Thu 4, Fri
		// 5, then Mon 8

		// when
		ZonedDateTime next = this.fifthWorkingDay.next(london("2017-12-07T06:00"));

		// then
		assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2018-01-08T06:00"));
	}

	@Test
	void theTimeIsLondonTimeOnEitherSideOfTheClocksChanging() {
		// given the clocks go forward on Sunday 26 March 2017: 7 March is GMT, 7 April is
		// BST

		// when
		ZonedDateTime march = this.fifthWorkingDay.next(london("2017-03-01T00:00"));
		ZonedDateTime april = this.fifthWorkingDay.next(march.toInstant());

		// then
		assertThat(march.toInstant()).isEqualTo(Instant.parse("2017-03-07T06:00:00Z"));
		assertThat(april.toInstant()).isEqualTo(Instant.parse("2017-04-07T05:00:00Z"));
	}

	@Test
	void aCronScheduleKeepsItsLocalTimeWhenTheClocksGoBack() {
		// given the clocks go back at 02:00 on Sunday 29 October 2017
		Schedule daily = Schedule.of("0 0 6 * * *");

		// when
		ZonedDateTime saturday = daily.next(london("2017-10-28T00:00"));
		ZonedDateTime sunday = daily.next(saturday.toInstant());

		// then
		assertThat(saturday.toInstant()).isEqualTo(Instant.parse("2017-10-28T05:00:00Z"));
		assertThat(sunday.toInstant()).isEqualTo(Instant.parse("2017-10-29T06:00:00Z"));
	}

	@Test
	void anotherZoneReadsTheTimeThere() {
		// given
		Schedule paris = new Schedule("06:00 on the 5th working day", ZoneId.of("Europe/Paris"), List.of(), true);

		// when
		ZonedDateTime next = paris.next(london("2017-11-01T00:00"));

		// then
		assertThat(next.toInstant()).isEqualTo(Instant.parse("2017-11-07T05:00:00Z"));
	}

	@Test
	void aScheduleThatCannotBeReadSaysHowToWriteIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> Schedule.of("06:00 on the fifth working day"))
			.withMessageContaining("\"06:00 on the fifth working day\" is not a schedule")
			.withMessageContaining("such as \"06:00 on the 5th working day\"");
		assertThatIllegalArgumentException().isThrownBy(() -> Schedule.of("0 6 5 * *"))
			.withMessageContaining("as a cron expression:")
			.withMessageContaining("six fields");
		assertThatIllegalArgumentException().isThrownBy(() -> Schedule.of("25:00 on the 5th working day"))
			.withMessage("25:00 is not a time of day; write it as HH:MM, 00:00 to 23:59");
		assertThatIllegalArgumentException().isThrownBy(() -> Schedule.of("06:00 on the 22nd working day"))
			.withMessageContaining("from the 1st to the 18th");
	}

	@Test
	void itDescribesItselfWithItsZone() {
		assertThat(this.fifthWorkingDay.describe()).isEqualTo("06:00 on the 5th working day (Europe/London)");
	}

	private static Instant london(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
	}

}
