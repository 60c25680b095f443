package org.boardpack.exceptions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.boardpack.programme.ExceptionRules;
import org.boardpack.rating.Dates;
import org.boardpack.plan.Rag;
import org.boardpack.exceptions.ExceptionReport.ActionLine;
import org.boardpack.rollup.ActionRollup;

/**
 * Decides which exceptions an action is, by the programme's rules, and words it for the
 * report.
 */
final class ActionLines {

	private final ExceptionRules rules;

	private final YearMonth period;

	ActionLines(ExceptionRules rules, YearMonth period) {
		this.rules = rules;
		this.period = period;
	}

	boolean offTrack(ActionRollup action) {
		return action.daysOverdue() > 0 || this.rules.actionRags().contains(action.assessedRag());
	}

	/**
	 * Still to deliver, with a due date moved later than the plan's, whether or not the
	 * board agreed it.
	 */
	static boolean slipped(ActionRollup action) {
		return open(action.status()) && action.dueDate() != null && action.revisedDueDate() != null
				&& action.revisedDueDate().isAfter(action.dueDate());
	}

	static boolean challenged(ActionRollup action) {
		return action.conflict();
	}

	boolean missing(ActionRollup action) {
		return action.updateMissing() && action.periodsMissing() >= this.rules.missedPeriods();
	}

	boolean listed(ActionRollup action) {
		return offTrack(action) || slipped(action) || challenged(action) || missing(action);
	}

	static boolean open(String status) {
		return !"complete".equals(status) && !"cancelled".equals(status);
	}

	ActionLine line(ActionRollup a) {
		return new ActionLine(a.id(), a.priorityId(), a.description(), a.lead(), a.leadTitle(),
				a.status().replace('-', ' '), day(a.dueDate()), day(a.revisedDueDate()), a.percentComplete(),
				code(a.reportedRag()), code(a.derivedRag()), code(a.assessedRag()), a.assessedReason(),
				a.derivedReason(), (a.commentary() != null) ? a.commentary() : "",
				Objects.requireNonNullElse(ExceptionFinder.earlierMonth(a, this.period), ""),
				(a.updatedBy() != null) ? a.updatedBy() : "", a.periodsRed(), slippedBy(a),
				revisions(a.dueDateRevisions()), a.rebaselined(), a.periodsMissing(), missingFor(a), why(a));
	}

	private List<String> why(ActionRollup a) {
		List<String> why = new ArrayList<>();
		if (offTrack(a)) {
			why.add("Off track: " + a.assessedRag().word() + ", " + a.assessedReason());
		}
		if (slipped(a)) {
			why.add("Slipped: due " + day(a.revisedDueDate()) + " instead of " + day(a.dueDate()) + ", " + slippedBy(a)
					+ (a.rebaselined() ? ", re-baselined by the board" : ""));
		}
		if (challenged(a)) {
			why.add("To challenge: the lead reported " + a.reportedRag().word() + "; the dates say "
					+ a.derivedRag().word() + ", " + a.derivedReason());
		}
		if (missing(a)) {
			why.add("No update: " + missingFor(a));
		}
		return why;
	}

	private static String slippedBy(ActionRollup a) {
		if (a.dueDate() == null || a.revisedDueDate() == null || !a.revisedDueDate().isAfter(a.dueDate())) {
			return "";
		}
		return Dates.days(ChronoUnit.DAYS.between(a.dueDate(), a.revisedDueDate())) + " later";
	}

	private static String revisions(int count) {
		return switch (count) {
			case 0 -> "not revised by the lead";
			case 1 -> "revised once";
			case 2 -> "revised twice";
			default -> "revised " + count + " times";
		};
	}

	/**
	 * "1 period, Oct 2017 (last update Sep 2017)", "3 periods in a row, Aug 2017 to Oct
	 * 2017 (never updated)".
	 */
	private String missingFor(ActionRollup a) {
		if (!a.updateMissing()) {
			return "";
		}
		int periods = a.periodsMissing();
		String months = (periods <= 1) ? "1 period, " + Dates.month(this.period) : periods + " periods in a row, "
				+ Dates.month(this.period.minusMonths(periods - 1L)) + " to " + Dates.month(this.period);
		String last = (a.lastUpdate() != null) ? "last update " + Dates.month(YearMonth.parse(a.lastUpdate()))
				: "never updated";
		return months + " (" + last + ")";
	}

	static String day(LocalDate date) {
		return (date != null) ? Dates.day(date) : "";
	}

	static String code(Rag rag) {
		return (rag != null) ? rag.code() : null;
	}

}
