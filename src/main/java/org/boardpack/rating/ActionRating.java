package org.boardpack.rating;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.boardpack.plan.Action;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.Rag;

/**
 * Rates an action as at the last day of a period, from its dates and the latest update
 * the lead has sent. Status, progress and revised dates carry forward from an earlier
 * update when this period's is missing; a reported RAG does not, since it spoke of
 * another month.
 */
public final class ActionRating {

	private final RatingSettings settings;

	public ActionRating(RatingSettings settings) {
		this.settings = settings.withDefaults();
	}

	/**
	 * @param latest the latest update at or before {@code period}, or null when there is
	 * none
	 */
	public ActionAssessment assess(Action action, ActionUpdate latest, YearMonth period) {
		LocalDate asAt = period.atEndOfMonth();
		ActionStatus status = (latest != null) ? latest.status() : ActionStatus.NOT_STARTED;
		int percent = (status == ActionStatus.COMPLETE) ? 100 : (latest != null) ? latest.percentComplete() : 0;
		LocalDate due = (latest != null && latest.revisedDueDate() != null) ? latest.revisedDueDate()
				: action.dueDate();
		boolean current = latest != null && latest.period().equals(period);
		// A finished or cancelled action needs no further returns, so its silence is not
		// a missing update.
		boolean missing = !current && status != ActionStatus.COMPLETE && status != ActionStatus.CANCELLED;
		Rating derived = derive(action, latest, status, percent, due, asAt);
		Rag reported = (current && latest.reportedRag() != Rag.GREY) ? latest.reportedRag() : null;
		boolean conflict = reported != null && derived.rag() != Rag.GREY && derived.rag().isWorseThan(reported);
		Rating assessed = assess(derived, reported, conflict);
		if (missing) {
			assessed = new Rating(assessed.rag(), assessed.reason() + "; " + missingNote(latest));
		}
		return new ActionAssessment(derived, reported, assessed, conflict, missing,
				(latest != null) ? latest.period() : null, status, percent, due);
	}

	private Rating derive(Action action, ActionUpdate latest, ActionStatus status, int percent, LocalDate due,
			LocalDate asAt) {
		if (status == ActionStatus.CANCELLED) {
			return Rating.of(Rag.GREY, "cancelled");
		}
		if (status == ActionStatus.COMPLETE) {
			return Rating.of(Rag.BLUE, "complete");
		}
		if (due != null && due.isBefore(asAt)) {
			return Rating.of(Rag.RED, "overdue by %s (due %s, %d%% complete)",
					Dates.days(ChronoUnit.DAYS.between(due, asAt)), Dates.day(due), percent);
		}
		LocalDate start = action.startDate();
		boolean started = status != ActionStatus.NOT_STARTED;
		if (!started && start != null && start.isBefore(asAt)) {
			return Rating.of(Rag.AMBER, "not started, though due to start on %s", Dates.day(start));
		}
		if (status == ActionStatus.ON_HOLD) {
			return Rating.of(Rag.AMBER, "on hold at %d%% complete", percent);
		}
		Rating slipped = slipped(action, latest);
		if (slipped != null) {
			return slipped;
		}
		if (due == null) {
			return Rating.of(Rag.GREY, "not rated from dates: the timescale \"%s\" gives no due date (%d%% complete)",
					action.timescale(), percent);
		}
		if (!started && start != null) {
			return Rating.of(Rag.GREY, "not yet due to start (starts %s)", Dates.day(start));
		}
		long daysLeft = ChronoUnit.DAYS.between(asAt, due);
		if (daysLeft <= this.settings.dueSoonDays() && percent < this.settings.dueSoonPercent()) {
			String when = (daysLeft == 0) ? "due at the end of this period" : "due in " + Dates.days(daysLeft);
			return Rating.of(Rag.AMBER, "%s (%s) and only %d%% complete", when, Dates.day(due), percent);
		}
		return Rating.of(Rag.GREEN, "on track: due %s, %d%% complete", Dates.day(due), percent);
	}

	private static Rating slipped(Action action, ActionUpdate latest) {
		if (latest == null || latest.revisedDueDate() == null || action.dueDate() == null
				|| !latest.revisedDueDate().isAfter(action.dueDate()) || latest.rebaselined()) {
			return null;
		}
		return Rating.of(Rag.AMBER, "slipped: due date moved from %s to %s (%s later)", Dates.day(action.dueDate()),
				Dates.day(latest.revisedDueDate()),
				Dates.days(ChronoUnit.DAYS.between(action.dueDate(), latest.revisedDueDate())));
	}

	private Rating assess(Rating derived, Rag reported, boolean conflict) {
		if (reported == null) {
			return derived;
		}
		if (conflict) {
			return new Rating(derived.rag(), derived.reason() + "; the lead reported " + reported.word()
					+ ", which is better than the dates and progress support");
		}
		// A lead who calls a completed action green agrees that it is done.
		boolean reportedWorse = reported.isWorseThan(derived.rag())
				&& !(derived.rag() == Rag.BLUE && reported == Rag.GREEN);
		if (reportedWorse && this.settings.assessment() == RatingSettings.Assessment.WORSE_OF) {
			return new Rating(reported, "reported " + reported.word() + " by the lead (from dates and progress: "
					+ derived.rag().word() + ", " + derived.reason() + ")");
		}
		return derived;
	}

	private static String missingNote(ActionUpdate latest) {
		return (latest == null) ? "no update received yet"
				: "no update this period (last update " + Dates.month(latest.period()) + ")";
	}

}
