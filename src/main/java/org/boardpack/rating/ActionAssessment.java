package org.boardpack.rating;

import java.time.LocalDate;
import java.time.YearMonth;

import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.Rag;

/**
 * Everything the rules conclude about one action in one period: the RAG derived from
 * dates and progress, the lead's reported RAG (null when none was given this period), the
 * assessed RAG that counts, and flags for a conflict to challenge and for a missing
 * update.
 *
 * @param lastUpdate the period of the latest update used, null when the lead has never
 * sent one
 */
public record ActionAssessment(Rating derived, Rag reported, Rating assessed, boolean conflict, boolean updateMissing,
		YearMonth lastUpdate, ActionStatus status, int percentComplete, LocalDate effectiveDueDate) {

	/**
	 * Still to be delivered: neither complete nor cancelled, whether or not the rules can
	 * rate it yet.
	 */
	public boolean open() {
		return this.status != ActionStatus.COMPLETE && this.status != ActionStatus.CANCELLED;
	}

}
