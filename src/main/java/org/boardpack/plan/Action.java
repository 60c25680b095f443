package org.boardpack.plan;

import java.time.LocalDate;

/**
 * A key action of the plan. {@code timescale} is kept as the plan writes it; the dates
 * are those it was read as, either of which may be null when the timescale names no date
 * ("Ongoing", "Annually").
 */
public record Action(String id, String priorityId, String issueId, String description, String lead, String agencies,
		String timescale, LocalDate startDate, LocalDate dueDate) {
}
