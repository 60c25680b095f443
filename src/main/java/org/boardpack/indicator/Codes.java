package org.boardpack.indicator;

import java.util.Locale;
import java.util.function.Function;

/** Reads the hyphenated lower-case words that input files use for enumerations. */
final class Codes {

	private Codes() {
	}

	static <E> E parse(E[] values, String text, Function<E, String> code) {
		String value = text.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
		for (E candidate : values) {
			if (code.apply(candidate).equals(value)) {
				return candidate;
			}
		}
		return null;
	}

}
