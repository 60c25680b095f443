package org.boardpack.input;

import java.util.Locale;

/**
 * Formats text the same way on every machine: digits and separators never follow the
 * machine's locale, so the same inputs give the same outputs and a financial year is
 * always written "2017/18".
 */
public final class Text {

	private Text() {
	}

	public static String format(String pattern, Object... args) {
		return (args.length == 0) ? pattern : String.format(Locale.ROOT, pattern, args);
	}

}
