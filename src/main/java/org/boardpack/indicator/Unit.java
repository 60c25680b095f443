package org.boardpack.indicator;

import java.util.Locale;

import org.boardpack.input.Figures;

/** What an indicator's figures count, and how to write one. */
public enum Unit {

	PERCENT, COUNT, DAYS, WEEKS, RATE, RATIO, CURRENCY;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Unit parse(String text) {
		return Codes.parse(values(), text, Unit::code);
	}

	/**
	 * A gap between two figures: for percentages in percentage points, so it is not read
	 * as a share.
	 */
	public String formatDifference(double difference) {
		if (this == PERCENT) {
			return Figures.plain(difference) + ((difference == 1) ? " percentage point" : " percentage points");
		}
		return format(difference);
	}

	/**
	 * A figure as a reader expects it: "71.5%", "12 days", "£1,200", "34.2 per 10,000".
	 */
	public String format(double value) {
		String number = Figures.plain(value);
		return switch (this) {
			case PERCENT -> number + "%";
			case DAYS -> number + " days";
			case WEEKS -> number + " weeks";
			case RATE -> number + " per 10,000";
			case CURRENCY -> "£" + number;
			case COUNT, RATIO -> number;
		};
	}

}
