package org.boardpack.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * Monday to Friday, less England and Wales bank holidays (unless switched off) and a
 * programme's own holidays.
 */
record WorkingDays(Set<LocalDate> holidays, boolean bankHolidays) {

	WorkingDays {
		holidays = Set.copyOf(holidays);
	}

	boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !this.holidays.contains(day)
				&& !(this.bankHolidays && BankHolidays.englandAndWales(day.getYear()).contains(day));
	}

	/** The month's {@code n}th working day, or null when it has fewer. */
	LocalDate nth(YearMonth month, int n) {
		int count = 0;
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			if (isWorkingDay(day) && ++count == n) {
				return day;
			}
		}
		return null;
	}

}
