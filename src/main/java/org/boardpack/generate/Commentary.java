package org.boardpack.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.boardpack.plan.ActionStatus;
import org.boardpack.rating.Dates;
import org.boardpack.plan.Rag;

/**
 * The short commentary a lead writes in an illustrative update, chosen to fit the
 * action's state.
 */
final class Commentary {

	private static final List<String> PROGRESS = List.of("Work is progressing to plan.",
			"Draft prepared and shared with partners for comment.", "Task group met this month; actions agreed.",
			"Consultation with staff under way.", "Progress reported to the senior management team.");

	private static final List<String> BEHIND = List.of("Behind plan: staff capacity has been stretched this month.",
			"Delayed while partner agencies agree the approach.", "Awaiting sign-off before the next stage can start.",
			"Recruitment to the post needed for this is still under way.");

	private static final List<String> DONE = List.of("Complete; evidence held by the Service Improvement Team.",
			"Complete and reported to the board.", "Complete; now part of business as usual.");

	private Commentary() {
	}

	static String of(ActionStatus status, Rag derived, int percent, LocalDate revisedDue, SplittableRandom random) {
		String text = switch (status) {
			case COMPLETE -> pick(DONE, random);
			case NOT_STARTED -> (derived == Rag.AMBER) ? "Not yet started; start date to be confirmed with partners."
					: "Not due to start yet.";
			case ON_HOLD -> "On hold pending a decision on resources.";
			case CANCELLED -> "Cancelled: superseded by another action in the plan.";
			case IN_PROGRESS ->
				(derived == Rag.RED || derived == Rag.AMBER) ? pick(BEHIND, random) : pick(PROGRESS, random);
		};
		if (revisedDue != null && status != ActionStatus.COMPLETE) {
			text += " Revised completion date " + Dates.day(revisedDue) + ".";
		}
		return (status == ActionStatus.IN_PROGRESS) ? text + " " + percent + "% complete." : text;
	}

	private static String pick(List<String> options, SplittableRandom random) {
		return options.get(random.nextInt(options.size()));
	}

}
