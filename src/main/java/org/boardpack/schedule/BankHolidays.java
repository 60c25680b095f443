package org.boardpack.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales by their standing rules: New Year's Day, Good
 * Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas Day
 * and Boxing Day, with a weekday in lieu of one that falls at a weekend. One-off holidays
 * (a coronation, a jubilee) and moved ones are not rules: a programme lists those itself.
 */
final class BankHolidays {

	private BankHolidays() {
	}

	static Set<LocalDate> englandAndWales(int year) {
		Set<LocalDate> days = new TreeSet<>();
		LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
		days.add(weekend(newYear) ? newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : newYear);
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		LocalDate may = LocalDate.of(year, Month.MAY, 1);
		days.add(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
		days.add(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		// Christmas Day or Boxing Day at a weekend is made up on the first weekdays after
		// Boxing Day.
		LocalDate inLieu = LocalDate.of(year, Month.DECEMBER, 27);
		for (LocalDate day : List.of(LocalDate.of(year, Month.DECEMBER, 25), LocalDate.of(year, Month.DECEMBER, 26))) {
			if (!weekend(day)) {
				days.add(day);
				continue;
			}
			while (weekend(inLieu)) {
				inLieu = inLieu.plusDays(1);
			}
			days.add(inLieu);
			inLieu = inLieu.plusDays(1);
		}
		return days;
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

}
