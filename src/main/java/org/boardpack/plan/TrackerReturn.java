package org.boardpack.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.boardpack.input.Checksums;

/**
 * How the tracker's Actions sheet reads back as an update return: which of its headings
 * hold the return's columns, and a check of each row's editable cells as the tracker
 * wrote them. A row whose check still matches was left as it was sent, so it is not taken
 * as a fresh return.
 */
public final class TrackerReturn {

	/** The hidden column holding each row's check. */
	public static final String CHECK = "check";

	/** The tracker's headings, by the update column they hold. */
	public static final Map<String, String> HEADINGS = headings();

	private TrackerReturn() {
	}

	/**
	 * A digest of a row's editable values, written in the tracker and compared when it
	 * comes back.
	 */
	public static String check(String status, int percentComplete, Rag reportedRag, String commentary,
			LocalDate revisedDueDate, boolean rebaselined) {
		String values = String.join("\u001F", status, Integer.toString(percentComplete),
				(reportedRag != null) ? reportedRag.code() : "", (commentary != null) ? commentary.strip() : "",
				(revisedDueDate != null) ? revisedDueDate.toString() : "", Boolean.toString(rebaselined));
		return Checksums.sha256(values.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
	}

	/** The check of an update as read back. */
	static String check(ActionUpdate update) {
		return check(update.status().code(), update.percentComplete(), update.reportedRag(), update.commentary(),
				update.revisedDueDate(), update.rebaselined());
	}

	private static Map<String, String> headings() {
		Map<String, String> headings = new LinkedHashMap<>();
		headings.put("action_id", "Action");
		headings.put("revised_due_date", "Revised due date");
		headings.put("rebaselined", "Re-baselined");
		headings.put("status", "Status");
		headings.put("percent_complete", "% complete");
		headings.put("rag", "Reported RAG");
		headings.put("commentary", "Commentary");
		headings.put(CHECK, "Check");
		headings.put("updated_by", "Updated by");
		headings.put("updated_on", "Updated on");
		return Map.copyOf(headings);
	}

}
