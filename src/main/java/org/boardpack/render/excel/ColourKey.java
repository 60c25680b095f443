package org.boardpack.render.excel;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.boardpack.plan.Rag;

/**
 * The key on the Summary sheet: what each colour means for actions, priorities and
 * indicators, and how to fill in the tracker, in words, so that no reader has to guess
 * what a colour stands for.
 */
final class ColourKey {

	private static final String[][] RAGS = {
			{ "Blue", "Complete. A priority is Blue only when every action in it is complete or cancelled." },
			{ "Green",
					"On track: open, not overdue, not slipped and not due soon with little done. "
							+ "An indicator is Green when it meets this year's target." },
			{ "Amber", "At risk: not started though its start date has passed, on hold, due date moved later "
					+ "without the board agreeing it, or due soon with little done. A priority is Amber when any "
					+ "open action is Red or a quarter (by default) are Amber. An indicator is Amber when it "
					+ "misses its target by no more than the tolerance (5% of the target by default)." },
			{ "Red", "Off track: past its due date (the revised one, if any) and not complete. A priority is Red "
					+ "when a fifth (by default) of its open actions are Red. An indicator is Red when it misses "
					+ "its target by more than the tolerance." },
			{ "Grey", "Not rated: not yet due to start, or no due date to rate from; cancelled actions are counted "
					+ "apart, under Cancelled. An indicator is Grey when it has no target, no value this period, or "
					+ "is a contextual measure." } };

	private static final String[][] NOTES = { { "Reported RAG", "The lead's own rating in their return." },
			{ "Derived RAG", "The rating the dates and progress give, by the rules above." },
			{ "Assessed RAG",
					"The rating that counts: the worse of the two. A reported RAG better than the "
							+ "derived one is a conflict for the board to challenge." },
			{ "No update",
					"An open action whose lead sent no return this period; the last return carries " + "forward." },
			{ "Since last period",
					"Direction of travel: Improving, Worsening or No change against last " + "period's rating." },
			{ "Shaded cells",
					"On the Actions sheet, the shaded columns (revised due date, status, % complete, "
							+ "reported RAG, commentary) are next month's return: fill them in and send the workbook "
							+ "back. Rows left as they are count as no update. The other cells refuse what is typed in "
							+ "them, and the Actions and Indicators sheets still sort and filter. Every sheet is "
							+ "protected against slips; the password is \"" + Protection.PASSWORD + "\"." } };

	private final Styles styles;

	ColourKey(Styles styles) {
		this.styles = styles;
	}

	/** Writes the key from {@code first} down and returns the row after it. */
	int write(XSSFSheet sheet, int first) {
		int r = first;
		Cells.text(sheet.createRow(r++), 0, "Key", this.styles.subtitle);
		for (String[] entry : RAGS) {
			Row row = sheet.createRow(r);
			Rag rag = Rag.parse(entry[0]);
			Cells.text(row, 0, rag.word() + ": " + rag.meaning(), this.styles.rag(rag));
			r = explain(sheet, row, entry[1]);
		}
		for (String[] entry : NOTES) {
			Row row = sheet.createRow(r);
			Cells.text(row, 0, entry[0], this.styles.bold);
			r = explain(sheet, row, entry[1]);
		}
		return r;
	}

	private int explain(XSSFSheet sheet, Row row, String text) {
		Cells.text(row, 1, text, this.styles.wrapped);
		for (int c = 2; c < SummarySheet.COLUMNS.size(); c++) {
			Cells.text(row, c, null, this.styles.wrapped);
		}
		sheet.addMergedRegion(
				new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, SummarySheet.COLUMNS.size() - 1));
		int width = SummarySheet.COLUMNS.stream().skip(1).mapToInt(Column::width).sum();
		row.setHeightInPoints(Column.lines(text, width) * 14.5f + 2);
		return row.getRowNum() + 1;
	}

}
