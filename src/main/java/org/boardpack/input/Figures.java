package org.boardpack.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes numbers the same way in every output: thousands separated, at most one decimal
 * place.
 */
public final class Figures {

	private Figures() {
	}

	public static String plain(double value) {
		DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(BigDecimal.valueOf(value));
	}

}
