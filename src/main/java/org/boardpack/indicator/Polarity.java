package org.boardpack.indicator;

import java.util.Locale;

/**
 * Which way is better for an indicator; {@code NONE} marks a contextual measure that is
 * not rated.
 */
public enum Polarity {

	HIGHER_BETTER, LOWER_BETTER, RANGE, NONE;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public boolean rated() {
		return this != NONE;
	}

	public static Polarity parse(String text) {
		return Codes.parse(values(), text, Polarity::code);
	}

}
