package org.boardpack.programme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.boardpack.rating.RatingSettings;
import org.boardpack.programme.ExceptionRules;

/**
 * A programme's {@code programme.yml}: who it belongs to, the months it runs, the key of lead officer
 * abbreviations, rating thresholds and exception rules that override the defaults, and a label such as
 * "illustrative data" that every output shows when set.
 */
public record ProgrammeSettings(String id, String title, String authority, String board, YearMonth start,
		YearMonth end, LocalDate planDate, String dataLabel, Map<String, String> leads, RatingSettings ratings,
		ExceptionRules exceptions) {

	public ProgrammeSettings {
		leads = (leads != null) ? Map.copyOf(leads) : Map.of();
		ratings = ((ratings != null) ? ratings : RatingSettings.DEFAULTS).withDefaults();
		exceptions = ((exceptions != null) ? exceptions : ExceptionRules.DEFAULTS).withDefaults();
	}

	/** Settings with the default exception rules. */
	public ProgrammeSettings(String id, String title, String authority, String board, YearMonth start,
			YearMonth end, LocalDate planDate, String dataLabel, Map<String, String> leads, RatingSettings ratings) {
		this(id, title, authority, board, start, end, planDate, dataLabel, leads, ratings, null);
	}

	/**
	 * The full title of a lead abbreviation, or of each part of "DCS/HOS C&amp;R"; the abbreviation itself when
	 * the key does not have it.
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
