package org.boardpack.indicator;

import java.util.Locale;

/** How an indicator's monthly figure is built up. */
public enum Accumulation {

	SNAPSHOT, IN_MONTH, YEAR_TO_DATE, THREE_YEAR_AVERAGE;

	public String code() {
		return (this == THREE_YEAR_AVERAGE) ? "3-year-average" : name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Accumulation parse(String text) {
		return Codes.parse(values(), text, Accumulation::code);
	}

}
