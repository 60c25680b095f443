package org.boardpack.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;

import org.boardpack.plan.Action;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.rating.ActionRating;
import org.boardpack.plan.Rag;

/**
 * How one action unfolds month by month in the illustrative data: on time, slipped with a
 * revised date, late, slow to start, put on hold or cancelled. The lead's reported RAG
 * mostly agrees with the rules; now and then it is more hopeful than the dates allow,
 * which the board pack flags as a conflict.
 */
final class ActionStory {

	private enum Course {

		ON_TIME, SLIPS, LATE, SLOW_START, ON_HOLD, CANCELLED, DONE_ALREADY, OPEN_ENDED

	}

	private final Action action;

	private final SplittableRandom random;

	private final Course course;

	private final YearMonth start;

	private final YearMonth finish;

	private final YearMonth revisedAt;

	private final LocalDate revisedDue;

	private final YearMonth pausedFrom;

	private final ActionRating rating;

	ActionStory(Action action, SplittableRandom random, ProgrammeSettings settings) {
		this.action = action;
		this.random = random;
		this.rating = new ActionRating(settings.ratings());
		this.course = course(action, random.nextDouble());
		YearMonth plannedStart = (action.startDate() != null) ? YearMonth.from(action.startDate()) : settings.start();
		YearMonth due = (action.dueDate() != null) ? YearMonth.from(action.dueDate()) : settings.end();
		this.start = (this.course == Course.SLOW_START) ? plannedStart.plusMonths(1 + random.nextInt(2)) : plannedStart;
		int delay = 1 + random.nextInt(3);
		this.revisedDue = (this.course == Course.SLIPS) ? due.plusMonths(delay).atEndOfMonth() : null;
		this.revisedAt = (this.course == Course.SLIPS) ? later(this.start, due.minusMonths(1)) : null;
		this.finish = switch (this.course) {
			case SLIPS -> (random.nextDouble() < 0.75) ? due.plusMonths(delay) : due.plusMonths(delay + 2);
			case LATE -> due.plusMonths(1 + random.nextInt(9));
			case ON_TIME, SLOW_START -> due.minusMonths(random.nextInt(2));
			case ON_HOLD -> due.plusMonths(2);
			default -> due;
		};
		this.pausedFrom = (this.course == Course.ON_HOLD || this.course == Course.CANCELLED)
				? later(this.start, this.finish.minusMonths(1)) : null;
	}

	private static Course course(Action action, double draw) {
		if (action.description().toLowerCase(Locale.ROOT).contains("(completed)")) {
			return Course.DONE_ALREADY;
		}
		if (action.dueDate() == null) {
			return Course.OPEN_ENDED;
		}
		if (draw < 0.55) {
			return Course.ON_TIME;
		}
		if (draw < 0.74) {
			return Course.SLIPS;
		}
		if (draw < 0.87) {
			return Course.LATE;
		}
		if (draw < 0.92) {
			return Course.SLOW_START;
		}
		return (draw < 0.96) ? Course.ON_HOLD : Course.CANCELLED;
	}

	private static YearMonth later(YearMonth from, YearMonth to) {
		return to.isBefore(from) ? from : to;
	}

	ActionUpdate update(YearMonth period) {
		ActionStatus status = status(period);
		int percent = percent(status, period);
		boolean revised = this.revisedAt != null && !period.isBefore(this.revisedAt);
		LocalDate revisedDue = revised ? this.revisedDue : null;
		ActionUpdate draft = new ActionUpdate(period, this.action.id(), status, percent, null, "", revisedDue, false,
				this.action.lead(), period.atEndOfMonth().minusDays(this.random.nextInt(6)));
		Rag derived = this.rating.assess(this.action, draft, period).derived().rag();
		Rag reported = reported(derived);
		return new ActionUpdate(period, this.action.id(), status, percent, reported,
				Commentary.of(status, derived, percent, revisedDue, this.random), revisedDue, false, this.action.lead(),
				draft.updatedOn());
	}

	private ActionStatus status(YearMonth period) {
		if (this.course == Course.DONE_ALREADY || !period.isBefore(this.finish) && this.course != Course.OPEN_ENDED
				&& this.course != Course.CANCELLED) {
			return ActionStatus.COMPLETE;
		}
		if (this.course == Course.CANCELLED && !period.isBefore(this.pausedFrom)) {
			return ActionStatus.CANCELLED;
		}
		if (this.course == Course.ON_HOLD && !period.isBefore(this.pausedFrom)
				&& period.isBefore(this.pausedFrom.plusMonths(2))) {
			return ActionStatus.ON_HOLD;
		}
		return period.isBefore(this.start) ? ActionStatus.NOT_STARTED : ActionStatus.IN_PROGRESS;
	}

	private int percent(ActionStatus status, YearMonth period) {
		if (status == ActionStatus.COMPLETE) {
			return 100;
		}
		if (status == ActionStatus.NOT_STARTED) {
			return 0;
		}
		long total = Math.max(1, this.start.until(this.finish, ChronoUnit.MONTHS) + 1);
		long done = this.start.until(period, ChronoUnit.MONTHS) + 1;
		int share = (this.course == Course.OPEN_ENDED) ? (int) Math.min(90, 10 + done * 6)
				: (int) Math.min(95, 100 * done / total);
		return Math.max(5, share / 5 * 5);
	}

	private Rag reported(Rag derived) {
		double draw = this.random.nextDouble();
		return switch (derived) {
			case BLUE -> Rag.BLUE;
			case GREY -> (this.course == Course.OPEN_ENDED) ? Rag.GREEN : null;
			case RED, AMBER -> (draw < 0.12) ? Rag.GREEN : derived;
			case GREEN -> (draw < 0.04) ? Rag.AMBER : Rag.GREEN;
		};
	}

}
