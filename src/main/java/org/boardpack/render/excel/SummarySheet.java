package org.boardpack.render.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.rating.Dates;
import org.boardpack.rating.Direction;
import org.boardpack.plan.Rag;
import org.boardpack.rating.ActionCategory;
import org.boardpack.input.Percent;
import org.boardpack.render.PriorityChartText;
import org.boardpack.rating.RagCounts;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.rollup.Rollup;

/**
 * The Summary sheet: the programme's rating and progress, one row per priority with its
 * counts by RAG, a live chart of those counts, and a key to every colour and rule. Small,
 * so it is built whole rather than streamed, which lets it carry a native chart.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	/** The row (0-based) of the priority table's headings. */
	static final int HEADINGS = 8;

	/**
	 * Narrow enough that the sheet prints one page wide with its smallest text at 8
	 * points or more; long names and reasons wrap.
	 */
	static final List<Column> COLUMNS = List.of(new Column("Priority", 21), new Column("Lead officer", 16),
			new Column("Actions", 8), new Column("Blue", 7), new Column("Green", 7), new Column("Amber", 7),
			new Column("Red", 7), new Column("Grey", 7), new Column("Cancelled", 10), new Column("No update", 8),
			new Column("% complete", 9), new Column("RAG", 8), new Column("Since last period", 10),
			new Column("Reason", 21));

	private final Styles styles;

	SummarySheet(Styles styles) {
		this.styles = styles;
	}

	void write(XSSFWorkbook workbook, Rollup rollup) {
		XSSFSheet sheet = workbook.createSheet(NAME);
		ProgrammeRollup programme = rollup.programme();
		Cells.text(sheet.createRow(0), 0, programme.title(), this.styles.title);
		Cells.text(sheet.createRow(1), 0, join(programme.authority(), programme.board()), this.styles.subtitle);
		Cells.text(sheet.createRow(2), 0, "RAG tracker as at " + Dates.longDay(programme.asAt()), this.styles.subtitle);
		if (programme.dataLabel() != null) {
			Row label = sheet.createRow(3);
			Cells.text(label, 0, programme.dataLabel(), this.styles.note);
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, COLUMNS.size() - 1));
		}
		Row rag = sheet.createRow(5);
		Cells.text(rag, 0, "Programme RAG", this.styles.label);
		Cells.rag(rag, 1, programme.rag(), this.styles);
		Cells.text(rag, 2, programme.reason(), this.styles.text);
		Row progress = sheet.createRow(6);
		Cells.text(progress, 0, "Complete / time elapsed", this.styles.label);
		Cells.number(progress, 1, Cells.fraction(Percent.rounded(programme.percentComplete())),
				this.styles.percent(programme.percentComplete()));
		Cells.number(progress, 2, Cells.fraction(programme.percentTimeElapsed()), this.styles.percent);
		Cells.text(progress, 3, "of the programme's time has gone (" + Dates.month(programme.start()) + " to "
				+ Dates.month(programme.end()) + ")", this.styles.text);
		Column.headings(sheet, sheet.createRow(HEADINGS), COLUMNS, this.styles);
		int r = HEADINGS;
		for (PriorityRollup priority : rollup.priorities()) {
			Row row = sheet.createRow(++r);
			Cells.text(row, 0, priority.id() + " " + priority.title(), this.styles.wrapped);
			Cells.text(row, 1, leadOfficer(priority), this.styles.wrapped);
			counts(row, priority.actions().size(), priority.counts(), priority.updatesMissing(),
					priority.percentComplete(), priority.rag(), priority.direction(), priority.reason());
			Column.fit(row, COLUMNS, List.of(row.getCell(0).getStringCellValue(), leadOfficer(priority), "", "", "", "",
					"", "", "", "", "", "", "", priority.reason()));
		}
		Row total = sheet.createRow(++r);
		Cells.text(total, 0, "Programme", this.styles.bold);
		Cells.text(total, 1, "", this.styles.text);
		counts(total, programme.actions(), programme.counts(), programme.updatesMissing(), programme.percentComplete(),
				programme.rag(), programme.direction(), programme.reason());
		Column.fit(total, COLUMNS, List.of("", "", "", "", "", "", "", "", "", "", "", "", "", programme.reason()));
		sheet.setRowBreak(r); // the chart and key start a page of their own
		int chartTop = r + 2;
		int chartRows = 4 + 2 * rollup.priorities().size();
		new SummaryChart(this.styles.palette()).draw(sheet, HEADINGS, rollup.priorities(), chartTop,
				chartTop + chartRows);
		new ColourKey(this.styles).write(sheet, chartTop + chartRows + 1);
		sheet.setActiveCell(new org.apache.poi.ss.util.CellAddress(0, 0));
		Protection.protect(sheet);
		PageSetup.apply(sheet, programme, -1);
		PageSetup.wide(sheet, COLUMNS.size());
	}

	private void counts(Row row, int actions, RagCounts counts, int missing, double percent, Rag rag,
			Direction direction, String reason) {
		Cells.number(row, 2, (double) actions, this.styles.integer);
		int column = 3;
		for (ActionCategory part : PriorityChartText.ORDER) {
			Cells.number(row, column++, (double) part.of(counts), this.styles.integer);
		}
		Cells.number(row, 9, (double) missing, this.styles.integer);
		Cells.number(row, 10, Cells.fraction(Percent.rounded(percent)), this.styles.percent(percent));
		Cells.rag(row, 11, rag, this.styles);
		Cells.text(row, 12, (direction != null) ? direction.word() : "", this.styles.text);
		Cells.text(row, 13, reason, this.styles.wrapped);
	}

	private static String leadOfficer(PriorityRollup priority) {
		if (priority.leadTitle() == null || priority.leadTitle().isEmpty()
				|| priority.leadTitle().equals(priority.lead())) {
			return priority.lead();
		}
		return priority.leadTitle() + " (" + priority.lead() + ")";
	}

	private static String join(String first, String second) {
		if (second == null || second.isEmpty()) {
			return first;
		}
		return (first == null || first.isEmpty()) ? second : first + ", " + second;
	}

}
