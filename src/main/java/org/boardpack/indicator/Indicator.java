package org.boardpack.indicator;

import java.util.List;

/**
 * A performance measure of the programme, rated once however many priorities it belongs
 * to. {@code priorityIds} is empty for a profile measure that belongs to no priority;
 * {@code tolerancePercent} is null where the programme's default applies; {@code key}
 * marks the measures a board watches first.
 *
 * @param priorityIds the priorities it is reported under, in the order the input gives
 * them
 * @param appendixCodes the other codes the plan gives the same measure, such as its
 * appendix number ("A55"); empty when it has none
 */
public record Indicator(String id, List<String> priorityIds, String title, Unit unit, Polarity polarity,
		Accumulation accumulation, String source, boolean key, Double tolerancePercent, List<String> appendixCodes) {

	public Indicator {
		priorityIds = List.copyOf(priorityIds);
		appendixCodes = List.copyOf(appendixCodes);
	}

}
