package org.boardpack.render.excel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and periods written for reading, the same on every machine. */
final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private Dates() {
	}

	/** "31 October 2017". */
	static String day(LocalDate date) {
		return (date == null) ? "" : DAY.format(date);
	}

	/** "30 Nov 2017"; "none" for no date. */
	static String shortDay(LocalDate date) {
		return (date == null) ? "none" : SHORT_DAY.format(date);
	}

	/** "Oct 2017" for a period written "2017-10"; empty for none. */
	static String month(String period) {
		return (period == null || period.isEmpty()) ? "" : MONTH.format(YearMonth.parse(period));
	}

}
