package org.boardpack.rollup;

import java.util.List;

/**
 * The computed roll-up of one programme for one period: the one immutable report model
 * that every output is made from. Serialised as {@code rollup.json}.
 *
 * @param indicators every indicator once, however many priorities it belongs to
 * @param dataWarnings what a reader should know about the data before trusting it, such
 * as one measure's figures under two codes; every document of the pack prints them
 */
public record Rollup(ProgrammeRollup programme, List<PriorityRollup> priorities, List<IndicatorRollup> indicators,
		List<DataWarning> dataWarnings) {

	public Rollup {
		// A roll-up written before there were data warnings reads with none.
		dataWarnings = (dataWarnings != null) ? List.copyOf(dataWarnings) : List.of();
	}

}
