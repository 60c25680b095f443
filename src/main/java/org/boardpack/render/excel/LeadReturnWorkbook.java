package org.boardpack.render.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.RagPalette;
import org.boardpack.programme.ReturnCover;
import org.boardpack.rating.Dates;
import org.boardpack.render.StableZip;
import org.boardpack.returns.LeadReturns;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.rollup.Rollup;

/**
 * One lead's return for a month: a cover saying whose return it is, for which month and
 * by when, and the tracker's Actions sheet holding only that lead's open actions,
 * pre-filled with their latest return, so the lead types only what changed. Filed in
 * {@code updates/YYYY-MM/}, it reads back as that lead's return.
 */
public final class LeadReturnWorkbook {

	private static final int WINDOW = 200;

	/**
	 * Columns of the tracker's layout a lead neither fills nor needs to read to fill the
	 * rest, hidden so that the sheet prints one page wide at a readable size; they keep
	 * their place, so the workbook reads back as the tracker does.
	 */
	private static final List<Integer> HIDDEN = List.of(0, 1, 5, 6, 7, 10, 14, 15, 16, 18, 19, ActionsSheet.RETURNED);

	/** The cover's two columns together, in characters. */
	private static final int COVER_WIDTH = 88;

	private LeadReturnWorkbook() {
	}

	/** Writes the lead's workbook to {@code file}. */
	public static void write(Rollup rollup, LeadReturns.Lead lead, LocalDate due, RagPalette palette, Path file)
			throws IOException {
		XSSFWorkbook book = new XSSFWorkbook();
		Styles styles = new Styles(book, palette);
		cover(book, styles, rollup.programme(), lead, due);
		SXSSFWorkbook workbook = new SXSSFWorkbook(book, WINDOW);
		try {
			Set<String> ids = lead.actions().stream().map(ActionRollup::id).collect(Collectors.toSet());
			new ActionsSheet(styles).write(workbook, rollup, (action) -> ids.contains(action.id()));
			HIDDEN.forEach((column) -> workbook.getSheet(ActionsSheet.NAME).setColumnHidden(column, true));
			book.setActiveSheet(0);
			book.setSelectedTab(0);
			describe(book.getProperties(), rollup.programme(), lead);
			StableZip.write(workbook::write, rollup.programme().asAt(), file);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/**
	 * The cover: labels in column A, values in B, as {@link ReturnCover} reads them back.
	 * The two rows left for the lead to fill say who completed the return and when.
	 */
	private static void cover(XSSFWorkbook book, Styles styles, ProgrammeRollup programme, LeadReturns.Lead lead,
			LocalDate due) {
		XSSFSheet sheet = book.createSheet(ReturnCover.SHEET);
		YearMonth period = YearMonth.parse(programme.period());
		Cells.text(sheet.createRow(0), 0, "Monthly return for " + programme.periodName() + ": " + lead.title(),
				styles.title);
		Cells.text(sheet.createRow(1), 0, programme.title(), styles.subtitle);
		int r = 3;
		r = line(sheet, r, ReturnCover.LEAD, lead.lead(), styles);
		r = line(sheet, r, "Lead officer", lead.title(), styles);
		r = line(sheet, r, "Month", programme.periodName(), styles);
		r = line(sheet, r, ReturnCover.PERIOD, programme.period(), styles);
		r = line(sheet, r, "Return by", (due != null) ? Dates.longDay(due) : "", styles);
		r = line(sheet, r, "Open actions", Integer.toString(lead.actions().size()), styles);
		Row by = sheet.createRow(r++);
		Cells.text(by, 0, ReturnCover.COMPLETED_BY, styles.label);
		Cells.text(by, 1, "", styles.editableText);
		Row on = sheet.createRow(r++);
		Cells.text(on, 0, ReturnCover.COMPLETED_ON, styles.label);
		Cells.date(on, 1, null, styles.editableDate);
		r++;
		for (String note : new String[] {
				"On the Actions sheet, bring each action up to date in the shaded columns: status, % complete, "
						+ "your RAG, commentary and any revised due date.",
				"Leave an action as it is only if nothing has changed: an unchanged row is taken as no update.",
				"Fill in your name and today's date above, save the workbook as it is (.xlsx) and send it back by "
						+ ((due != null) ? Dates.longDay(due) : "the date agreed") + "." }) {
			// Each note spans both columns, its row as tall as its wrapped lines, so
			// nothing is cut off on screen or on paper.
			Row row = sheet.createRow(r);
			Cells.text(row, 0, note, styles.note);
			sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
			row.setHeightInPoints(Column.lines(note, COVER_WIDTH) * 15f + 3);
			r++;
		}
		sheet.getRow(0).setHeightInPoints(26);
		sheet.setColumnWidth(0, 18 * 256);
		sheet.setColumnWidth(1, (COVER_WIDTH - 18) * 256);
		PageSetup.apply(sheet, programme, -1, "Return of " + lead.lead());
		sheet.getPrintSetup().setLandscape(false);
	}

	private static int line(XSSFSheet sheet, int r, String label, String value, Styles styles) {
		Row row = sheet.createRow(r);
		Cells.text(row, 0, label, styles.label);
		Cells.text(row, 1, value, styles.text);
		return r + 1;
	}

	private static void describe(POIXMLProperties properties, ProgrammeRollup programme, LeadReturns.Lead lead) {
		POIXMLProperties.CoreProperties core = properties.getCoreProperties();
		Date asAt = Date.from(programme.asAt().atStartOfDay().toInstant(ZoneOffset.UTC));
		core.setTitle(programme.title() + ": return of " + lead.lead() + " for " + programme.periodName());
		core.setCreator(programme.authority());
		core.setCreated(Optional.of(asAt));
		core.setModified(Optional.of(asAt));
	}

}
