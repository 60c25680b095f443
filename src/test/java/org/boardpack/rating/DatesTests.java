package org.boardpack.rating;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	@Test
	void dayIsWrittenWithShortMonth() {
		// given
		LocalDate date = LocalDate.of(2016, 9, 30);

		// when
		String written = Dates.day(date);

		// then
		assertThat(written).isEqualTo("30 Sep 2016");
	}

	@Test
	void singleDigitDayHasNoLeadingZero() {
		// given
		LocalDate date = LocalDate.of(2017, 11, 1);

		// when
		String written = Dates.day(date);

		// then
		assertThat(written).isEqualTo("1 Nov 2017");
	}

	@Test
	void longDayIsWrittenWithFullMonthForAsAtLines() {
		// given
		LocalDate date = LocalDate.of(2017, 10, 31);

		// when
		String written = Dates.longDay(date);

		// then
		assertThat(written).isEqualTo("31 October 2017");
	}

	@Test
	void monthIsWrittenWithShortMonthAndYear() {
		// given
		YearMonth period = YearMonth.of(2017, 8);

		// when
		String written = Dates.month(period);

		// then
		assertThat(written).isEqualTo("Aug 2017");
	}

	@Test
	void financialYearStartsInApril() {
		// given
		YearMonth april = YearMonth.of(2017, 4);
		YearMonth march = YearMonth.of(2017, 3);

		// when
		String fromApril = Dates.financialYear(april);
		String fromMarch = Dates.financialYear(march);

		// then
		assertThat(fromApril).isEqualTo("2017/18");
		assertThat(fromMarch).isEqualTo("2016/17");
	}

	@Test
	void financialYearEndsInMarchOfTheFollowingYear() {
		// given
		YearMonth march = YearMonth.of(2018, 3);

		// when
		String written = Dates.financialYear(march);

		// then
		assertThat(written).isEqualTo("2017/18");
	}

	@Test
	void financialYearAcrossTheCenturyKeepsTwoDigits() {
		// given
		YearMonth december = YearMonth.of(1999, 12);

		// when
		String written = Dates.financialYear(december);

		// then
		assertThat(written).isEqualTo("1999/00");
	}

}
