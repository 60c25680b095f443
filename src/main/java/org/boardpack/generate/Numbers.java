package org.boardpack.generate;

import java.math.BigDecimal;

/** Numbers written to CSV without needless decimals: 12, 71.5. */
final class Numbers {

	private Numbers() {
	}

	static String plain(Double value) {
		return (value == null) ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
