package org.boardpack.programme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.boardpack.rating.RatingSettings;
import org.boardpack.schedule.Schedule;

/**
 * A programme's {@code programme.yml}: who it belongs to, the months it runs, the key of
 * lead officer abbreviations, rating thresholds and exception rules that override the
 * defaults, a label such as "illustrative data" that every output shows when set, the
 * board paper's defaults, and the outputs to write (file names; null for all of them),
 * when {@code serve} makes and delivers the pack (null: never), and where the pack is
 * delivered, the committees its papers go to, and when leads' returns are due and asked
 * for.
 */
public record ProgrammeSettings(String id, String title, String authority, String board, YearMonth start, YearMonth end,
		LocalDate planDate, String dataLabel, Map<String, String> leads, RatingSettings ratings,
		ExceptionRules exceptions, PaperSettings paper, List<String> outputs, Schedule schedule,
		DeliverySettings delivery, List<CommitteeSettings> committees, Map<String, String> leadEmails,
		ReturnsSettings returns) {

	public ProgrammeSettings {
		returns = (returns != null) ? returns : ReturnsSettings.DEFAULTS;
		leadEmails = (leadEmails != null) ? Map.copyOf(leadEmails) : Map.of();
		delivery = (delivery != null) ? delivery : DeliverySettings.NONE;
		outputs = (outputs != null) ? List.copyOf(outputs) : null;
		committees = (committees != null) ? List.copyOf(committees) : List.of();
		leads = (leads != null) ? Map.copyOf(leads) : Map.of();
		ratings = ((ratings != null) ? ratings : RatingSettings.DEFAULTS).withDefaults();
		exceptions = ((exceptions != null) ? exceptions : ExceptionRules.DEFAULTS).withDefaults();
		paper = (paper != null) ? paper : PaperSettings.NONE;
	}

	/** Settings with the default exception rules and no board paper defaults. */
	public ProgrammeSettings(String id, String title, String authority, String board, YearMonth start, YearMonth end,
			LocalDate planDate, String dataLabel, Map<String, String> leads, RatingSettings ratings) {
		this(id, title, authority, board, start, end, planDate, dataLabel, leads, ratings, null, null, null, null, null,
				null, null, null);
	}

	/** Settings that write every output. */
	public ProgrammeSettings(String id, String title, String authority, String board, YearMonth start, YearMonth end,
			LocalDate planDate, String dataLabel, Map<String, String> leads, RatingSettings ratings,
			ExceptionRules exceptions, PaperSettings paper) {
		this(id, title, authority, board, start, end, planDate, dataLabel, leads, ratings, exceptions, paper, null,
				null, null, null, null, null);
	}

	/** Settings with no schedule, no delivery and no committees. */
	public ProgrammeSettings(String id, String title, String authority, String board, YearMonth start, YearMonth end,
			LocalDate planDate, String dataLabel, Map<String, String> leads, RatingSettings ratings,
			ExceptionRules exceptions, PaperSettings paper, List<String> outputs) {
		this(id, title, authority, board, start, end, planDate, dataLabel, leads, ratings, exceptions, paper, outputs,
				null, null, null, null, null);
	}

	/** The committee with this id, or null when the programme has none of that id. */
	public CommitteeSettings committee(String committeeId) {
		return this.committees.stream().filter((c) -> c.id().equals(committeeId)).findFirst().orElse(null);
	}

	/**
	 * Whether the pack includes the output with this file name: all do unless
	 * {@code outputs:} lists them, and the roll-up, manifest and index always do.
	 */
	public boolean writes(String fileName) {
		return this.outputs == null || this.outputs.contains(fileName) || PackOutputs.ALWAYS_WRITTEN.contains(fileName);
	}

	/**
	 * The full title of a lead abbreviation, or of each part of "DCS/HOS C&amp;R"; the
	 * abbreviation itself when the key does not have it.
	 */
	public String leadTitle(String lead) {
		if (lead == null || lead.isBlank()) {
			return "";
		}
		StringBuilder titles = new StringBuilder();
		for (String part : lead.split("/")) {
			titles.append(titles.isEmpty() ? "" : "; ").append(this.leads.getOrDefault(part.strip(), part.strip()));
		}
		return titles.toString();
	}

	public boolean covers(YearMonth period) {
		return !period.isBefore(this.start) && !period.isAfter(this.end);
	}

}
