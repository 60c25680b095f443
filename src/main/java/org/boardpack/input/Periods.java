package org.boardpack.input;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads periods written {@code YYYY-MM}. */
public final class Periods {

	private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

	private Periods() {
	}

	/** The period, or null when the text is not {@code YYYY-MM}. */
	public static YearMonth parse(String text) {
		if (!PERIOD.matcher(text).matches()) {
			return null;
		}
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
