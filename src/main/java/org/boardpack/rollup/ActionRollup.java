package org.boardpack.rollup;

import java.time.LocalDate;

import org.boardpack.rating.Rag;

/**
 * One action in one period with its three RAGs and their reasons.
 *
 * @param reportedRag the lead's own RAG this period; null when none was given
 * @param previousRag the assessed RAG last period; null in the first period
 * @param lastUpdate the period of the latest update used; null when none was ever sent
 */
public record ActionRollup(String id, String priorityId, String issueId, String description, String lead,
		String leadTitle, String agencies, String timescale, LocalDate startDate, LocalDate dueDate,
		LocalDate revisedDueDate, boolean rebaselined, String status, int percentComplete, Rag reportedRag,
		Rag derivedRag, String derivedReason, Rag assessedRag, String assessedReason, boolean conflict,
		boolean updateMissing, String lastUpdate, String commentary, String updatedBy, LocalDate updatedOn,
		Rag previousRag) {
}
