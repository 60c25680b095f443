package org.boardpack.programme;

import java.util.List;

import org.boardpack.input.Table;

/**
 * The cover sheet of a lead's return workbook, as read back: the labels its rows start
 * with, so that a filed return says whose it was.
 */
public final class ReturnCover {

	/** The sheet's name. */
	public static final String SHEET = "Cover";

	/** The label of the row naming the lead by abbreviation. */
	public static final String LEAD = "Lead";

	/** The label of the row giving the period, as YYYY-MM. */
	public static final String PERIOD = "Period";

	private ReturnCover() {
	}

	/** The lead named on the cover, or null when there is no cover or it names none. */
	static String lead(Table cover) {
		if (cover == null) {
			return null;
		}
		for (Table.Row row : cover.rows()) {
			List<String> values = row.values();
			if (values.size() > 1 && LEAD.equals(row.text(cover.header().names().get(0)))) {
				String lead = (values.get(1) != null) ? values.get(1).strip() : "";
				return lead.isEmpty() ? null : lead;
			}
		}
		return null;
	}

}
