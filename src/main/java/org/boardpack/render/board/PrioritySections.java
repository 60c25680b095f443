package org.boardpack.render.board;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

import org.boardpack.narrative.Block;
import org.boardpack.rating.Dates;
import org.boardpack.rating.Rag;
import org.boardpack.render.board.BoardPaper.ActionLine;
import org.boardpack.render.board.BoardPaper.PrioritySection;
import org.boardpack.render.board.BoardPaper.Status;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.PriorityRollup;

/**
 * A priority's part of the paper: its rating and counts, what was completed this period, what is off track or
 * slipped and why, and what falls due next period.
 */
final class PrioritySections {

	private final YearMonth next;

	PrioritySections(String period) {
		this.next = YearMonth.parse(period).plusMonths(1);
	}

	PrioritySection section(PriorityRollup priority, List<Block> narrative, boolean allActions) {
		List<ActionRollup> actions = priority.actions();
		return new PrioritySection(priority.id(), anchor(priority.id()), priority.title(), lead(priority),
				Status.of(priority.rag()), priority.reason(), priority.direction().word(), priority.directionReason(),
				counts(priority), BoardPaperBuilder.percent(priority.percentComplete()), priority.updatesMissing(),
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
		return priority.counts().total() + " actions: " + RagChart.counts(priority.counts());
	}

	private static boolean completedThisPeriod(ActionRollup action) {
		return action.assessedRag() == Rag.BLUE && action.previousRag() != null && action.previousRag() != Rag.BLUE;
	}

	/** Red, or given a later due date this period. */
	static boolean offTrack(ActionRollup action) {
		return action.assessedRag() == Rag.RED || slipped(action);
	}

	static boolean slipped(ActionRollup action) {
		return action.previousDueDate() != null && action.currentDueDate() != null
				&& action.currentDueDate().isAfter(action.previousDueDate());
	}

	private boolean dueNextPeriod(ActionRollup action) {
		return action.assessedRag() != Rag.BLUE && action.currentDueDate() != null
				&& YearMonth.from(action.currentDueDate()).equals(this.next) && !"cancelled".equals(action.status());
	}

	private static List<ActionLine> lines(List<ActionRollup> actions, Predicate<ActionRollup> which) {
		return actions.stream().filter(which).map(PrioritySections::line).toList();
	}

	static ActionLine line(ActionRollup action) {
		String due = (action.currentDueDate() != null) ? Dates.day(action.currentDueDate()) : action.timescale();
		String commentary = (action.commentary() != null && !action.commentary().isBlank()) ? action.commentary()
				: null;
		return new ActionLine(action.id(), action.description(), action.lead(), Status.of(action.assessedRag()),
				action.assessedReason(), due, action.percentComplete() + "%", commentary);
	}

}
