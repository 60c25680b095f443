package org.boardpack.plan;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a timescale as plans write it into start and due dates: "Sep 16" (the month),
 * "Jan – Mar 17" and "Jun / Sep 16" (from the first month to the end of the last), "By
 * Sep 17", "End of Sep 16" (due only), "From Aug 16" (start only). Anything else
 * ("Annually", "Ongoing") has no dates.
 */
public final class Timescale {

	private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

	private static final String YEAR = "(\\d{4}|\\d{2})";

	private static final Pattern SINGLE = Pattern.compile(MONTH + "\\s+" + YEAR);

	private static final Pattern RANGE = Pattern
		.compile(MONTH + "(?:\\s+" + YEAR + ")?\\s*(?:-|–|—|/|to)\\s*" + MONTH + "\\s+" + YEAR);

	private static final Pattern BY = Pattern.compile("(?:by|end)(?:\\s+the)?(?:\\s+end)?(?:\\s+of)?\\s+(.+)");

	private static final Pattern FROM = Pattern.compile("from\\s+(.+)");

	private Timescale() {
	}

	/** The dates a timescale gives; either may be null. */
	public record Dates(LocalDate start, LocalDate due) {

		static final Dates NONE = new Dates(null, null);

	}

	public static Dates read(String timescale) {
		String text = timescale.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		Matcher by = BY.matcher(text);
		if (by.matches()) {
			YearMonth month = month(by.group(1));
			return (month != null) ? new Dates(null, month.atEndOfMonth()) : Dates.NONE;
		}
		Matcher from = FROM.matcher(text);
		if (from.matches()) {
			YearMonth month = month(from.group(1));
			return (month != null) ? new Dates(month.atDay(1), null) : Dates.NONE;
		}
		YearMonth month = month(text);
		if (month != null) {
			return new Dates(month.atDay(1), month.atEndOfMonth());
		}
		Matcher range = RANGE.matcher(text);
		if (range.matches()) {
			YearMonth last = YearMonth.of(year(range.group(4)), month3(range.group(3)));
			YearMonth first = YearMonth.of((range.group(2) != null) ? year(range.group(2)) : last.getYear(),
					month3(range.group(1)));
			if (first.isAfter(last)) {
				first = first.minusYears(1);
			}
			return new Dates(first.atDay(1), last.atEndOfMonth());
		}
		return Dates.NONE;
	}

	private static YearMonth month(String text) {
		Matcher single = SINGLE.matcher(text);
		return single.matches() ? YearMonth.of(year(single.group(2)), month3(single.group(1))) : null;
	}

	private static Month month3(String abbreviation) {
		for (Month month : Month.values()) {
			if (month.name().toLowerCase(Locale.ROOT).startsWith(abbreviation)) {
				return month;
			}
		}
		throw new IllegalArgumentException(abbreviation);
	}

	private static int year(String digits) {
		return (digits.length() == 2) ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
	}

}
