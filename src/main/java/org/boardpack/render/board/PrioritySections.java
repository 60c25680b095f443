package org.boardpack.render.board;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

import org.boardpack.narrative.Block;
import org.boardpack.rating.Dates;
import org.boardpack.plan.Rag;
import org.boardpack.render.board.BoardPaper.ActionLine;
import org.boardpack.render.board.BoardPaper.PrioritySection;
import org.boardpack.render.board.BoardPaper.Status;
import org.boardpack.exceptions.ExceptionFinder;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.render.PriorityChartText;

/**
 * A priority's part of the paper: its rating and counts, what was completed this period,
 * what is off track or slipped and why, and what falls due next period.
 */
final class PrioritySections {

	private final YearMonth period;

	private final YearMonth next;

	PrioritySections(String period) {
		this.period = YearMonth.parse(period);
		this.next = this.period.plusMonths(1);
	}

	PrioritySection section(PriorityRollup priority, List<Block> narrative, boolean allActions) {
		List<ActionRollup> actions = priority.actions();
		return new PrioritySection(priority.id(), anchor(priority.id()), priority.title(), lead(priority),
				Status.of(priority.rag()), priority.reason(), Status.sentence(priority.reason()),
				priority.direction().word(), priority.directionReason(), counts(priority),
				BoardPaperBuilder.percent(priority.percentComplete()), priority.updatesMissing(),
				lines(actions, PrioritySections::completedThisPeriod), lines(actions, PrioritySections::offTrack),
				lines(actions, this::dueNextPeriod), narrative, allActions ? lines(actions, (a) -> true) : List.of());
	}

	static String anchor(String id) {
		return "priority-" + id.replaceAll("[^A-Za-z0-9]", "-");
	}

	private static String lead(PriorityRollup priority) {
		boolean same = priority.leadTitle() == null || priority.leadTitle().equals(priority.lead());
		return same ? priority.lead() : priority.leadTitle() + " (" + priority.lead() + ")";
	}

	static String counts(PriorityRollup priority) {
		return PriorityChartText.sentence(priority.counts());
	}

	private static boolean completedThisPeriod(ActionRollup action) {
		return action.completedThisPeriod();
	}

	/**
	 * Open and rated Amber or Red, or slipped by the exception report's rule (open, with
	 * its due date in effect later than the plan's), so the paper and the report agree on
	 * what has slipped.
	 */
	static boolean offTrack(ActionRollup action) {
		boolean open = !"complete".equals(action.status()) && !"cancelled".equals(action.status());
		return (open && (action.assessedRag() == Rag.AMBER || action.assessedRag() == Rag.RED))
				|| ExceptionFinder.slipped(action);
	}

	/** Falls due next period and is not already listed as off track or slipped. */
	private boolean dueNextPeriod(ActionRollup action) {
		return !offTrack(action) && action.assessedRag() != Rag.BLUE && action.currentDueDate() != null
				&& YearMonth.from(action.currentDueDate()).equals(this.next) && !"cancelled".equals(action.status());
	}

	private List<ActionLine> lines(List<ActionRollup> actions, Predicate<ActionRollup> which) {
		return actions.stream().filter(which).map(this::line).toList();
	}

	ActionLine line(ActionRollup action) {
		String commentary = (action.commentary() != null && !action.commentary().isBlank()) ? action.commentary()
				: null;
		String earlier = ExceptionFinder.earlierMonth(action, this.period);
		String label = (earlier != null) ? "Latest update (" + earlier + ")" : "Lead\u2019s update";
		// A cancelled action is counted apart from Grey, so it is named for what it is.
		Status status = "cancelled".equals(action.status()) ? new Status(Rag.GREY, "Cancelled")
				: Status.of(action.assessedRag());
		return new ActionLine(action.id(), action.description(), action.lead(), status, action.assessedReason(),
				due(action), action.percentComplete() + "%", commentary, label);
	}

	/**
	 * The due date in effect, with the plan's first when the lead has moved it: "31 Jul
	 * 2017, revised to ...".
	 */
	static String due(ActionRollup action) {
		if (action.dueDate() != null && action.revisedDueDate() != null
				&& !action.revisedDueDate().equals(action.dueDate())) {
			return Dates.day(action.dueDate()) + ", revised to " + Dates.day(action.revisedDueDate());
		}
		return (action.currentDueDate() != null) ? Dates.day(action.currentDueDate()) : action.timescale();
	}

}
