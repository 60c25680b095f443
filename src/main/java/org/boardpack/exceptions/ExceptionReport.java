package org.boardpack.exceptions;

import java.util.List;

import org.boardpack.programme.ExceptionRules;
import org.boardpack.rollup.DataWarning;
import org.boardpack.rollup.ProgrammeRollup;

/**
 * What needs the board's attention in one period, section by section, each item with its
 * reason: the model of {@code exception-report.pdf}, made from the roll-up alone. Every
 * text is ready to print; the template only lays it out.
 *
 * @param counts one line per kind of exception for the cover, compared with last period
 * @param offTrack red and overdue actions (and any other RAG the rules name), by priority
 * @param slipped open actions whose due date has moved later than the plan's
 * @param challenges actions whose lead reported a better RAG than the dates and progress
 * support
 * @param missing actions without an update, by the lead officer as the plan writes it
 * @param indicators indicators off target, worsening or missing an expected value
 * @param leads every exception again, one section per lead officer
 * @param indicatorsWithoutLead indicators listed that belong to no priority, so to no
 * lead
 * @param dataWarnings the roll-up's data-quality warnings, such as one measure under two
 * codes: not exceptions, but what to check before relying on a figure
 */
public record ExceptionReport(ProgrammeRollup programme, ExceptionRules rules, List<Count> counts,
		List<PriorityActions> offTrack, List<ActionLine> slipped, List<ActionLine> challenges,
		List<LeadActions> missing, List<IndicatorLine> indicators, List<LeadSection> leads, int indicatorsWithoutLead,
		List<DataWarning> dataWarnings) {

	/** Whether the period has no exception of any kind. */
	public boolean none() {
		return this.offTrack.isEmpty() && this.slipped.isEmpty() && this.challenges.isEmpty() && this.missing.isEmpty()
				&& this.indicators.isEmpty();
	}

	/**
	 * How many exceptions of a kind there are, worded for the cover: "7 red actions, up
	 * from 4".
	 *
	 * @param section the anchor of the section that lists them
	 */
	public record Count(String section, int now, String sentence) {
	}

	/** The listed actions of one priority. */
	public record PriorityActions(String id, String title, String rag, List<ActionLine> actions) {
	}

	/** The listed actions of one lead officer, or of leads named together. */
	public record LeadActions(String lead, String leadTitle, List<ActionLine> actions) {
	}

	/**
	 * Everything listed for one lead officer; an action with joint leads is in each of
	 * their sections.
	 *
	 * @param anchor the section's bookmark target
	 */
	public record LeadSection(String anchor, String lead, String leadTitle, List<ActionLine> actions,
			List<IndicatorLine> indicators) {
	}

	/**
	 * One action as the report shows it. RAGs are codes ({@code red}) or null; dates are
	 * written out.
	 *
	 * @param reason the assessed RAG's reason, in words
	 * @param commentaryFrom the month of the earlier return the commentary comes from,
	 * e.g. "Sep 2017"; empty when it is this period's
	 * @param slippedBy how much later the due date in effect is than the plan's, e.g. "61
	 * days later"
	 * @param revisions how often the lead has revised the due date, in words, e.g.
	 * "revised twice"
	 * @param missingFor consecutive periods without an update, in words, e.g. "2 periods
	 * (since August 2017)"
	 * @param why every reason the action is listed, one line each
	 */
	public record ActionLine(String id, String priorityId, String description, String lead, String leadTitle,
			String status, String due, String revisedDue, int percentComplete, String reportedRag, String derivedRag,
			String assessedRag, String reason, String derivedReason, String commentary, String commentaryFrom,
			String updatedBy, int periodsRed, String slippedBy, String revisions, boolean rebaselined,
			int periodsMissing, String missingFor, List<String> why) {
	}

	/**
	 * One indicator as the report shows it, once however many priorities it belongs to.
	 *
	 * @param id its code, with the other codes the plan gives it: "7g (A55)"
	 * @param priorities the priorities it belongs to, in words: "Priorities 5 and 7"
	 * @param lead the leads of its priorities, joined like joint leads: "DCS/HOS QI"
	 * @param why every reason the indicator is listed, one line each
	 */
	public record IndicatorLine(String id, String title, String priorities, String lead, String leadTitle, String value,
			String target, String tolerance, String polarity, String direction, String rag, String reason,
			List<String> benchmarks, List<String> why) {
	}

}
