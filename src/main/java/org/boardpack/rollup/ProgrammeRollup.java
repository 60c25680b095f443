package org.boardpack.rollup;

import java.time.LocalDate;

import org.boardpack.rating.Direction;
import org.boardpack.plan.Rag;
import org.boardpack.rating.RagCounts;

/**
 * The programme as a whole in one period.
 *
 * @param dataLabel shown on every output when set, e.g. that the figures are illustrative
 * @param percentTimeElapsed share of the programme's months gone by the "as at" date
 * @param indicatorCounts indicators by RAG
 * @param previous the same totals last period; null when last period had no returns to
 * compare with
 */
public record ProgrammeRollup(String id, String title, String authority, String board, String period, String periodName,
		LocalDate asAt, String start, String end, String dataLabel, double percentTimeElapsed, int actions,
		RagCounts counts, int updatesMissing, int conflicts, double percentComplete, double percentOnTrack, Rag rag,
		String reason, Direction direction, String directionReason, RagCounts indicatorCounts, Totals previous) {

	/** The totals of a period that the next one is compared with. */
	public record Totals(RagCounts counts, int updatesMissing, int conflicts, RagCounts indicatorCounts) {
	}

}
