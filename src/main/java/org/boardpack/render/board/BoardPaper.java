package org.boardpack.render.board;

import java.util.List;

import org.boardpack.narrative.Block;
import org.boardpack.plan.Rag;

/**
 * The board paper as one immutable model, made from the roll-up and the month's
 * narrative; the HTML, the PDF and the Word document are all written from it, so they
 * always say the same thing in the same order: the front sheet, then the body in numbered
 * sections, then the appendices.
 *
 * @param front the front block's entries that have a value, in the order a committee
 * paper gives them
 * @param impact the front sheet's impact panel
 * @param others the narrative's sections under headings of its writer's own, in the order
 * written
 * @param implications the implications sections the narrative gives text for
 * @param notApplicable the headings of the sections that have no text, as the paper lists
 * them
 * @param background the background documents, or "None"
 * @param appendix every action by priority when the programme asks for the appendix;
 * empty otherwise
 * @param marking what every page says above its running header, e.g. "Part Two – Exempt:
 * not for publication"; null for none
 */
public record BoardPaper(String title, String authority, String programmeTitle, String periodName, String asAt,
		String dataLabel, List<Entry> front, List<ImpactGroup> impact, Part reason, Part recommendations,
		Overview overview, Attention attention, Progress progress, List<Part> others, List<Part> implications,
		List<String> notApplicable, List<String> background, Performance performance, List<PrioritySection> detail,
		List<PrioritySection> appendix, String marking) {

	/** Headings and notes every format prints the same. */
	public static final String NOT_APPLICABLE = "Non-applicable sections";

	public static final String BACKGROUND = "Background documents (access via the contact officer)";

	public static final String DATA_QUALITY = "About the data this period";

	public static final String RED_ACTIONS = "Open actions rated Red";

	public static final String KEY_INDICATORS = "Key indicators";

	public static final String APPENDIX_A = "Appendix A: Performance indicators";

	public static final String APPENDIX_B = "Appendix B: Actions completed, at risk and due, by priority";

	public static final String APPENDIX_C = "Appendix C: All actions by priority";

	public static final String PERFORMANCE_NOTE = "Each indicator is rated against its target for the financial "
			+ "year; the trend shows its monthly values against the current target (dashed line). A dash means no "
			+ "benchmark is published.";

	public static final String UNMEASURED = "Indicators with no target and no figure";

	public static final String UNMEASURED_NOTE = "These indicators have no target for the year and no figure this "
			+ "period, so they are not rated.";

	/** A label and its value, e.g. "Contact officer" and a name. */
	public record Entry(String label, String value) {
	}

	/** A heading of the impact panel, e.g. "Financial", with its entries. */
	public record ImpactGroup(String heading, List<Entry> entries) {
	}

	/**
	 * A paragraph or a list of the body with its printed number: "3.2" for a paragraph,
	 * "a)" for each item of a numbered list, none for a bulleted list or a table.
	 *
	 * @param level 1 for a section's paragraph (3.2), 2 for a paragraph under a numbered
	 * sub-heading (5.1.2); a list's items are a level below their paragraph
	 * @param labels the printed label of each item of a numbered list: "a)", "b)"
	 */
	public record Para(String number, int level, Block block, List<String> labels) {

		public Para {
			labels = List.copyOf(labels);
		}

		/**
		 * The block's kind for templates: "paragraph", "bullets", "numbered" or "table".
		 */
		public String kind() {
			return this.block.kind().code();
		}

	}

	/**
	 * A numbered section of the body whose content is paragraphs, e.g. "1. Reason for
	 * report".
	 */
	public record Part(String number, String heading, String anchor, List<Para> paras) {
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
	 * The programme as a whole this period: its rating in a paragraph, the key to the
	 * colours, the figures, the narrative's commentary and the table of priorities.
	 *
	 * @param headline the reason for the rating as a sentence, to follow the RAG word
	 */
	public record Overview(String number, Status status, String reason, String headline, List<Para> paras,
			List<ColourKey> key, int actions, List<Entry> figures, List<PriorityLine> priorities, Chart chart) {
	}

	/** What a colour means, written for a reader. */
	public record ColourKey(Status status, String meaning) {
	}

	/** A priority's row in the summary table. */
	public record PriorityLine(String id, String title, Status status, int blue, int green, int amber, int red,
			int grey, int cancelled, int updatesMissing, String percentComplete, String direction) {
	}

	/**
	 * What needs the board's attention: the exceptions in brief, the red actions and the
	 * key indicators.
	 *
	 * @param heading "What needs the board's attention", or the Committee's in a paper to
	 * a committee that is not the decision maker
	 * @param paras the exceptions in brief and where to find each, as numbered paragraphs
	 * @param dataQuality sentences on the data behind the paper, such as missing updates
	 * @param red the open actions rated Red, with their reasons
	 */
	public record Attention(String number, String heading, List<Para> paras, List<String> dataQuality,
			List<ActionLine> red, List<IndicatorLine> keyIndicators) {
	}

	/**
	 * Progress by priority in brief: a numbered sub-heading and a few paragraphs each.
	 */
	public record Progress(String number, List<PriorityBrief> priorities) {
	}

	/** One priority in brief. */
	public record PriorityBrief(String number, String id, String anchor, String title, Status status,
			List<Para> paras) {
	}

	/**
	 * The appendix of indicators: key indicators with their charts, a scorecard per
	 * priority, and the indicators that have neither a target nor a figure, listed once.
	 */
	public record Performance(List<IndicatorLine> keyIndicators, List<ScorecardGroup> scorecards,
			List<Entry> unmeasured) {
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

		/** Neither a target nor a figure: nothing to show but its name. */
		boolean unmeasured() {
			return Scorecard.NO_VALUE.equals(this.value) && Scorecard.NO_TARGET.equals(this.target);
		}

	}

}
