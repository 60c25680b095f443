package org.boardpack.render.board;

import java.util.List;

import org.boardpack.plan.Rag;
import org.boardpack.rating.RatingSettings;
import org.boardpack.render.board.BoardPaper.ColourKey;
import org.boardpack.render.board.BoardPaper.Status;

/**
 * What each colour means, written for a board member and drawn from the programme's own
 * thresholds, so the key never disagrees with the ratings it explains.
 */
final class ColourKeys {

	private ColourKeys() {
	}

	static List<ColourKey> of(RatingSettings ratings) {
		String tolerance = figure(ratings.tolerancePercent());
		return List.of(
				key(Rag.RED,
						"Off track. An action is past its due date and not complete, or its lead reports it "
								+ "off track. An indicator misses its target by more than " + tolerance
								+ "% of the target. " + "A priority, or the programme, is Red when "
								+ ratings.redSharePercent() + "% or more of its open actions are red."),
				key(Rag.AMBER, "At risk. An action has not started when it should have, its due date has moved "
						+ "later, or it is due within " + ratings.dueSoonDays() + " days and less than "
						+ ratings.dueSoonPercent() + "% complete. An indicator misses its target by no more than "
						+ tolerance + "%. A priority is Amber when any of its open actions is red, or "
						+ ratings.amberSharePercent() + "% or more are amber."),
				key(Rag.GREEN, "On track. An action is progressing to its due date. An indicator meets its target."),
				key(Rag.BLUE,
						"Complete. The action is done. A priority, or the programme, is Blue only when none "
								+ "of its actions is still open."),
				key(Rag.GREY,
						"Not rated. An action not yet due to start, or one whose timescale gives no date to "
								+ "rate it by. An indicator with no target for the year, or no figure this period."),
				new ColourKey(new Status(Rag.GREY, "Cancelled"),
						"Cancelled. An action the plan no longer delivers: counted apart, neither open nor rated."));
	}

	private static ColourKey key(Rag rag, String meaning) {
		return new ColourKey(Status.of(rag), meaning);
	}

	/** 5.0 as "5", 2.5 as "2.5". */
	private static String figure(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
