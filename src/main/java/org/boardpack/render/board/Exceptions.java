package org.boardpack.render.board;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.rating.Direction;
import org.boardpack.rating.Rag;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.Rollup;

/** The exceptions in brief: how many of each kind need the board's attention, pointing to the full report. */
final class Exceptions {

	static final String REPORT = "exception-report.pdf";

	private Exceptions() {
	}

	static BoardPaper.Exceptions of(Rollup rollup) {
		List<ActionRollup> actions = rollup.priorities().stream().flatMap((p) -> p.actions().stream()).toList();
		List<String> lines = new ArrayList<>();
		add(lines, count(actions, (a) -> a.assessedRag() == Rag.RED), "action is off track (Red)",
				"actions are off track (Red)");
		add(lines, count(actions, PrioritySections::slipped), "action was given a later due date this period",
				"actions were given a later due date this period");
		add(lines, count(actions, ActionRollup::conflict), "action was reported better than its dates support",
				"actions were reported better than their dates support");
		add(lines, count(actions, ActionRollup::updateMissing), "action has no update this period",
				"actions have no update this period");
		List<IndicatorRollup> indicators = rollup.indicators();
		add(lines, (int) indicators.stream().filter((i) -> i.rag() == Rag.RED).count(),
				"indicator is off target (Red)", "indicators are off target (Red)");
		add(lines, (int) indicators.stream().filter((i) -> i.direction() == Direction.WORSENING).count(),
				"indicator worsened since last period", "indicators worsened since last period");
		String pointer = lines.isEmpty() ? "There are no exceptions this period."
				: "Each is listed with its reason, by priority and by lead officer, in the exception report ("
						+ REPORT + ") in this pack.";
		return new BoardPaper.Exceptions(lines, pointer);
	}

	private static int count(List<ActionRollup> actions, java.util.function.Predicate<ActionRollup> which) {
		return (int) actions.stream().filter(which).count();
	}

	private static void add(List<String> lines, int count, String one, String many) {
		if (count > 0) {
			lines.add(count + " " + ((count == 1) ? one : many));
		}
	}

}
