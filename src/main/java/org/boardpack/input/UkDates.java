package org.boardpack.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date typed in a cell: ISO {@code 2017-10-31}, or day first as a UK locale
 * writes it, {@code 31/10/2017}. Anything else is refused with the reason, rather than
 * guessed: a two-digit year could be any century, and {@code 10/31/2017} is a US date
 * whose day and month would be swapped.
 */
public final class UkDates {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d+)");

	private UkDates() {
	}

	/** The date read, or why it could not be. */
	public record Reading(LocalDate date, String problem) {
	}

	public static Reading read(String text) {
		Matcher iso = ISO.matcher(text);
		if (iso.matches()) {
			return date(text, num(iso, 1), num(iso, 2), num(iso, 3));
		}
		Matcher dayFirst = DAY_FIRST.matcher(text);
		if (!dayFirst.matches()) {
			return refused("\"%s\" is not a date; write it as DD/MM/YYYY or YYYY-MM-DD", text);
		}
		if (dayFirst.group(3).length() != 4) {
			return refused("\"%s\" is ambiguous: the year must have four digits; write it as DD/MM/YYYY", text);
		}
		int day = num(dayFirst, 1);
		int month = num(dayFirst, 2);
		if (month > 12 && day <= 12) {
			return refused("\"%s\" has month %d: dates are read day first (DD/MM/YYYY); is it a US date for %s?", text,
					month, readable(month, day, num(dayFirst, 3)));
		}
		return date(text, num(dayFirst, 3), month, day);
	}

	private static Reading date(String text, int year, int month, int day) {
		try {
			return new Reading(LocalDate.of(year, month, day), null);
		}
		catch (DateTimeException ex) {
			return refused("\"%s\" is not a date that exists (%s)", text,
					(month < 1 || month > 12) ? "there is no month " + month : "there is no " + day + " "
							+ Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year);
		}
	}

	private static String readable(int day, int month, int year) {
		try {
			return Text.format("%d %s %d", day, Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK), year);
		}
		catch (DateTimeException ex) {
			return "another day";
		}
	}

	private static int num(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}

	private static Reading refused(String message, Object... args) {
		return new Reading(null, Text.format(message, args));
	}

}
