package org.boardpack.rollup;

import java.time.LocalDate;

import org.boardpack.plan.Rag;

/**
 * One action in one period with its three RAGs and their reasons.
 *
 * @param reportedRag the lead's own RAG this period; null when none was given
 * @param previousRag the assessed RAG last period; null in the first period
 * @param lastUpdate the period of the latest update used; null when none was ever sent
 * @param daysOverdue days past the due date in effect while not complete; 0 when not
 * overdue
 * @param previousDueDate the due date in effect last period (revised or original); null
 * in the first period
 * @param dueDateRevisions how many times the lead has changed the revised due date up to
 * this period
 * @param periodsRed consecutive periods, up to and including this one, the action has
 * been assessed red
 * @param periodsMissing consecutive periods, up to and including this one, without an
 * update when one was due
 * @param returnFile the file the latest update came in; empty when none or not known
 * @param returnLead the lead whose return the latest update was; empty when none or not
 * known
 * @param completedThisPeriod first reported complete in this period's returns: complete
 * now and not in the latest return before it, which in a programme's first month is none
 */
public record ActionRollup(String id, String priorityId, String issueId, String description, String lead,
		String leadTitle, String agencies, String timescale, LocalDate startDate, LocalDate dueDate,
		LocalDate revisedDueDate, boolean rebaselined, String status, int percentComplete, Rag reportedRag,
		Rag derivedRag, String derivedReason, Rag assessedRag, String assessedReason, boolean conflict,
		boolean updateMissing, String lastUpdate, String commentary, String updatedBy, LocalDate updatedOn,
		Rag previousRag, int daysOverdue, LocalDate previousDueDate, int dueDateRevisions, int periodsRed,
		int periodsMissing, String returnFile, String returnLead, boolean completedThisPeriod) {

	/**
	 * The due date in effect: the revised one when the lead has given one, else the
	 * plan's.
	 */
	public LocalDate currentDueDate() {
		return (this.revisedDueDate != null) ? this.revisedDueDate : this.dueDate;
	}
}
