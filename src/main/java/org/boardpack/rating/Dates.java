package org.boardpack.rating;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.boardpack.input.Counted;
import org.boardpack.input.Text;

/**
 * Dates and periods written the way a board paper writes them: "30 Sep 2016", "Oct 2017",
 * "2017/18".
 */
public final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private Dates() {
	}

	public static String day(LocalDate date) {
		return DAY.format(date);
	}

	/** "30 Nov 2017", or the given word, such as "none", for no date. */
	public static String dayOr(LocalDate date, String none) {
		return (date != null) ? DAY.format(date) : none;
	}

	/** "31 October 2017", for "as at" lines. */
	public static String longDay(LocalDate date) {
		return LONG_DAY.format(date);
	}

	/** "1 day", "42 days". */
	public static String days(long count) {
		return Counted.of(count, "day");
	}

	public static String month(YearMonth period) {
		return MONTH.format(period);
	}

	/** "Oct 2017" for a period written "2017-10"; empty for none. */
	public static String month(String period) {
		return (period == null || period.isEmpty()) ? "" : MONTH.format(YearMonth.parse(period));
	}

	/** The financial year (April to March) a period falls in, written "2017/18". */
	public static String financialYear(YearMonth period) {
		int start = (period.getMonthValue() >= 4) ? period.getYear() : period.getYear() - 1;
		return Text.format("%d/%02d", start, (start + 1) % 100);
	}

}
