package org.boardpack.render.board;

import java.util.List;

import org.boardpack.narrative.Block;
import org.boardpack.plan.Rag;

/**
 * The board paper as one immutable model, made from the roll-up and the month's
 * narrative; the HTML, the PDF and the Word document are all written from it, so they
 * always say the same thing.
 *
 * @param front the front block's entries that have a value, in the order a committee
 * paper gives them
 * @param implications only the implications sections the narrative gives
 * @param appendix every action by priority when the programme asks for the appendix;
 * empty otherwise
 * @param marking what every page says above its running header, e.g. "Part Two – Exempt:
 * not for publication"; null for none
 */
public record BoardPaper(String title, String authority, String programmeTitle, String periodName, String asAt,
		String dataLabel, List<Entry> front, List<Block> reason, List<Block> recommendations, Overview overview,
		List<PrioritySection> priorities, List<IndicatorLine> keyIndicators, List<ScorecardGroup> scorecards,
		Exceptions exceptions, List<Implication> implications, List<PrioritySection> appendix, String marking) {

	/** A label and its value, e.g. "Contact officer" and a name. */
	public record Entry(String label, String value) {
	}

	/** A colour with its word, so no reader depends on colour alone. */
	public record Status(Rag rag, String word) {

		static Status of(Rag rag) {
			Rag shown = (rag != null) ? rag : Rag.GREY;
			return new Status(shown, shown.word());
		}

		/** A reason as a sentence: first letter capital, ending with a full stop. */
		static String sentence(String reason) {
			if (reason == null || reason.isBlank()) {
				return "";
			}
			String text = reason.strip();
			text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
			return text.endsWith(".") ? text : text + ".";
		}

		/** The palette code, e.g. "red". */
		public String code() {
			return this.rag.code();
		}

	}

	/**
	 * The programme as a whole this period.
	 *
	 * @param headline the reason for the rating as a sentence, to follow the RAG word
	 */
	public record Overview(Status status, String reason, String headline, String direction, String directionReason,
			int actions, List<Entry> counts, String percentComplete, String percentTimeElapsed, String percentOnTrack,
			int updatesMissing, int conflicts, List<Block> commentary, List<PriorityLine> priorities, Chart chart) {
	}

	/** A priority's row in the summary table. */
	public record PriorityLine(String id, String title, Status status, int blue, int green, int amber, int red,
			int grey, int cancelled, int updatesMissing, String percentComplete, String direction) {
	}

	/**
	 * One priority's section of the paper.
	 *
	 * @param headline the reason for the rating as a sentence, to follow the RAG word
	 * @param offTrack open actions rated Amber or Red, and open actions whose due date
	 * has slipped
	 * @param dueNext open actions falling due next period that are not already listed as
	 * off track
	 */
	public record PrioritySection(String id, String anchor, String title, String lead, Status status, String reason,
			String headline, String direction, String directionReason, String counts, String percentComplete,
			int updatesMissing, List<ActionLine> completed, List<ActionLine> offTrack, List<ActionLine> dueNext,
			List<Block> narrative, List<ActionLine> actions) {
	}

	/**
	 * The scorecard of one priority's indicators, or of the measures that belong to no
	 * priority.
	 */
	public record ScorecardGroup(String title, String anchor, List<IndicatorLine> indicators) {
	}

	/**
	 * An action as the paper shows it, with the reason for its rating and the lead's
	 * latest commentary.
	 *
	 * @param due the due date in effect; "31 Jul 2017, revised to 30 Sep 2017" when the
	 * lead has moved it
	 * @param commentaryLabel what the commentary is: "Lead's update" when from this
	 * period's return, else "Latest update (Sep 2017)"
	 */
	public record ActionLine(String id, String description, String lead, Status status, String reason, String due,
			String percentComplete, String commentary, String commentaryLabel) {
	}

	/** An indicator's scorecard row, with its trend chart. */
	public record IndicatorLine(String id, String title, String value, String target, Status status, String reason,
			String direction, String national, String neighbours, Chart trend, Chart chart) {
	}

	/** What needs the board's attention, in brief. */
	public record Exceptions(List<String> lines, String pointer) {
	}

	/** An implications section the narrative gives. */
	public record Implication(String heading, String anchor, List<Block> blocks) {
	}

}
