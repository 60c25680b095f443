package org.boardpack.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

import org.boardpack.plan.Action;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.rating.ActionAssessment;
import org.boardpack.rating.ActionRating;
import org.boardpack.plan.Rag;

/**
 * What the roll-up keeps of one action's returns: the latest at the period and at the one
 * before, and the counts that need the whole history (due-date revisions, months red,
 * months without a return). Everything else of the history can be let go once these are
 * known.
 */
record ActionHistory(ActionUpdate latest, ActionUpdate latestBefore, int dueDateRevisions, int periodsRed,
		int periodsMissing) {

	/** {@code updates}: the action's returns up to {@code period}, in period order. */
	static ActionHistory of(Action action, List<ActionUpdate> updates, YearMonth period, YearMonth start,
			ActionRating rating) {
		ActionUpdate latest = latest(updates, period);
		ActionAssessment now = rating.assess(action, latest, period);
		return new ActionHistory(latest, latest(updates, period.minusMonths(1)), revisions(action, updates, period),
				run(action, updates, period, start, now, rating, (a) -> a.assessed().rag() == Rag.RED),
				run(action, updates, period, start, now, rating, ActionAssessment::updateMissing));
	}

	/** The latest return at or before a period, or null. */
	private static ActionUpdate latest(List<ActionUpdate> updates, YearMonth period) {
		for (int i = updates.size() - 1; i >= 0; i--) {
			if (!updates.get(i).period().isAfter(period)) {
				return updates.get(i);
			}
		}
		return null;
	}

	/**
	 * How many times the revised due date changed in the lead's returns up to a period.
	 */
	private static int revisions(Action action, List<ActionUpdate> updates, YearMonth period) {
		int revisions = 0;
		LocalDate due = action.dueDate();
		for (ActionUpdate update : updates) {
			LocalDate revised = update.revisedDueDate();
			if (!update.period().isAfter(period) && revised != null && !revised.equals(due)) {
				revisions++;
				due = revised;
			}
		}
		return revisions;
	}

	/**
	 * Consecutive periods, back from this one to the programme's start, in which a
	 * condition held.
	 */
	private static int run(Action action, List<ActionUpdate> updates, YearMonth period, YearMonth start,
			ActionAssessment now, ActionRating rating, Predicate<ActionAssessment> condition) {
		int run = 0;
		ActionAssessment assessment = now;
		for (YearMonth month = period; condition
			.test(assessment); assessment = rating.assess(action, latest(updates, month), month)) {
			run++;
			month = month.minusMonths(1);
			if (month.isBefore(start)) {
				break;
			}
		}
		return run;
	}

}
