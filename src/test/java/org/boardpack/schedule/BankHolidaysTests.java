package org.boardpack.schedule;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * England and Wales bank holidays by their standing rules, against the years as
 * published.
 */
class BankHolidaysTests {

	@Test
	void twentySeventeenHasNewYearInLieuOnTheMonday() {
		assertThat(BankHolidays.englandAndWales(2017)).containsExactly(date("2017-01-02"), date("2017-04-14"),
				date("2017-04-17"), date("2017-05-01"), date("2017-05-29"), date("2017-08-28"), date("2017-12-25"),
				date("2017-12-26"));
	}

	@Test
	void christmasOnASundayIsMadeUpOnTheTuesday() {
		assertThat(BankHolidays.englandAndWales(2016)).containsExactly(date("2016-01-01"), date("2016-03-25"),
				date("2016-03-28"), date("2016-05-02"), date("2016-05-30"), date("2016-08-29"), date("2016-12-26"),
				date("2016-12-27"));
	}

	@Test
	void christmasAndBoxingDayAtTheWeekendAreMadeUpOnMondayAndTuesday() {
		assertThat(BankHolidays.englandAndWales(2021))
			.contains(date("2021-04-02"), date("2021-04-05"), date("2021-12-27"), date("2021-12-28"))
			.doesNotContain(date("2021-12-25"), date("2021-12-26"));
	}

	@Test
	void boxingDayOnASaturdayIsMadeUpOnTheMonday() {
		assertThat(BankHolidays.englandAndWales(2015)).contains(date("2015-12-25"), date("2015-12-28"))
			.doesNotContain(date("2015-12-26"));
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
