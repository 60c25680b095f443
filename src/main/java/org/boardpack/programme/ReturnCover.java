package org.boardpack.programme;

import java.time.LocalDate;
import java.time.YearMonth;

import org.boardpack.input.Periods;
import org.boardpack.input.Problems;
import org.boardpack.input.Table;
import org.boardpack.input.UkDates;

/**
 * The cover sheet of a lead's return workbook, as read back: whose return it is, who
 * completed it and when. Labels stand in column A and values in column B.
 *
 * @param lead the lead's abbreviation
 * @param completedBy who completed the return; empty when not given
 * @param completedOn when; null when not given
 * @param period the month the return is for, as written on the cover; null when not given
 */
public record ReturnCover(String lead, String completedBy, LocalDate completedOn, YearMonth period) {

	/** The sheet's name. */
	public static final String SHEET = "Cover";

	/** The label of the row naming the lead by abbreviation. */
	public static final String LEAD = "Lead";

	/** The label of the row giving the period, as YYYY-MM. */
	public static final String PERIOD = "Period";

	/** The label of the row the lead fills with their name. */
	public static final String COMPLETED_BY = "Completed by";

	/** The label of the row the lead fills with the date. */
	public static final String COMPLETED_ON = "Completed on";

	/**
	 * The cover, or null when the sheet is absent or names no lead; a date that cannot be
	 * read is a problem at its cell.
	 */
	static ReturnCover read(Table cover, Problems problems) {
		if (cover == null) {
			return null;
		}
		String lead = "";
		String by = "";
		LocalDate on = null;
		YearMonth period = null;
		String labels = cover.header().names().isEmpty() ? "" : cover.header().names().get(0);
		for (Table.Row row : cover.rows()) {
			String value = (row.values().size() > 1 && row.values().get(1) != null) ? row.values().get(1).strip() : "";
			switch (row.text(labels)) {
				case LEAD -> lead = value;
				case COMPLETED_BY -> by = value;
				case COMPLETED_ON -> on = date(row, value, problems);
				case PERIOD -> period = Periods.parse(value);
				default -> {
					// a line for the reader only
				}
			}
		}
		return lead.isEmpty() ? null : new ReturnCover(lead, by, on, period);
	}

	private static LocalDate date(Table.Row row, String value, Problems problems) {
		if (value.isEmpty()) {
			return null;
		}
		UkDates.Reading reading = UkDates.read(value);
		if (reading.problem() != null) {
			problems.add(new org.boardpack.input.Problem(row.header().file(), row.number(), "B", reading.problem()));
		}
		return reading.date();
	}

}
