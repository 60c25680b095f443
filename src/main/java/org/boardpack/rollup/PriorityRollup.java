package org.boardpack.rollup;

import java.util.List;

import org.boardpack.rating.Direction;
import org.boardpack.plan.Rag;
import org.boardpack.rating.RagCounts;

/** One priority in one period, with its actions in plan order. */
public record PriorityRollup(String id, String title, String lead, String leadTitle, String summary, RagCounts counts,
		int updatesMissing, int conflicts, double percentComplete, double percentOnTrack, Rag rag, String reason,
		Direction direction, String directionReason, List<ActionRollup> actions) {
}
