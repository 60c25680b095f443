package org.boardpack.plan;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An action lead's return for one period. {@code reportedRag} is null when the lead gave
 * none; {@code rebaselined} says the board agreed the revised due date, so it is not
 * counted as slippage.
 */
public record ActionUpdate(YearMonth period, String actionId, ActionStatus status, int percentComplete, Rag reportedRag,
		String commentary, LocalDate revisedDueDate, boolean rebaselined, String updatedBy, LocalDate updatedOn) {
}
