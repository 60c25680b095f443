package org.boardpack.input;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares written for a reader. A figure such as % complete is shown as a whole number,
 * except that it never rounds up to 100% or down to 0%: 99.7% stays "99.7%" and 99.96%
 * reads "99.9%", so a priority with an action still open never reads complete, and one
 * with a little done never reads untouched.
 */
public final class Percent {

	private Percent() {
	}

	/** "98%", "99.7%", "100%" only at 100, "0%" only at 0. */
	public static String shown(double value) {
		return Figures.plain(rounded(value)) + "%";
	}

	/**
	 * The figure as {@link #shown} writes it: whole, or to one decimal where a whole
	 * number would reach 100 or 0 though the value does not.
	 */
	public static double rounded(double value) {
		double whole = Math.round(value);
		if (whole >= 100 && value < 100) {
			return Math.min(99.9, BigDecimal.valueOf(value).setScale(1, RoundingMode.FLOOR).doubleValue());
		}
		if (whole <= 0 && value > 0) {
			return Math.max(0.1, BigDecimal.valueOf(value).setScale(1, RoundingMode.CEILING).doubleValue());
		}
		return whole;
	}

	/**
	 * Whether {@link #shown} needs a decimal place for the value, for outputs that format
	 * a number rather than write text.
	 */
	public static boolean needsDecimal(double value) {
		return rounded(value) != Math.rint(rounded(value));
	}

	/**
	 * A share as a whole number where it is one, else to one decimal place, so 19.6%
	 * never reads as 20%: for the shares a rating is decided on.
	 */
	public static String exact(double value) {
		double tenth = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
		double shown = (tenth >= 100 && value < 100) ? 99.9 : (tenth <= 0 && value > 0) ? 0.1 : tenth;
		return Figures.plain(shown) + "%";
	}

}
