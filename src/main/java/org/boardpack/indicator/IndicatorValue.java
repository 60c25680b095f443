package org.boardpack.indicator;

import java.time.YearMonth;

/**
 * An indicator's figure for a period, optionally with the numerator and denominator
 * behind it.
 */
public record IndicatorValue(String indicatorId, YearMonth period, double value, Double numerator, Double denominator,
		String note) {
}
