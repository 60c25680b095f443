package org.boardpack.render.excel;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.boardpack.rating.Dates;
import org.boardpack.rollup.ProgrammeRollup;

/**
 * Print set-up shared by every sheet: A4 landscape, as few pages wide as keep the text at
 * 8 points or more, the column headings repeated on every page, and a running header and
 * footer naming the programme, the period, the data label and "Page x of y".
 */
final class PageSetup {

	/**
	 * Excel allows 255 characters in a header or footer; each part is kept well inside
	 * that.
	 */
	private static final int PART = 80;

	/** The smallest text the sheets use, and the smallest it may print at. */
	private static final double SMALLEST_TEXT = 10;

	private static final double READABLE = 8;

	/**
	 * A4 landscape less the side margins, in points. A column width unit is taken as 6.3
	 * points plus a little padding per column: what LibreOffice prints it at.
	 */
	private static final double PRINTABLE = (29.7 / 2.54 - 0.8) * 72;

	private PageSetup() {
	}

	/**
	 * @param headingRow the row (0-based) of the column headings repeated on every
	 * printed page; -1 for none
	 */
	static void apply(Sheet sheet, ProgrammeRollup programme, int headingRow) {
		apply(sheet, programme, headingRow, sheet.getSheetName());
	}

	/**
	 * As {@link #apply(Sheet, ProgrammeRollup, int)}, with the page header naming
	 * {@code label}.
	 */
	static void apply(Sheet sheet, ProgrammeRollup programme, int headingRow, String label) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setMargin(Sheet.TopMargin, 0.75);
		sheet.setMargin(Sheet.BottomMargin, 0.75);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.HeaderMargin, 0.3);
		sheet.setMargin(Sheet.FooterMargin, 0.3);
		if (headingRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(headingRow, headingRow, -1, -1));
		}
		Header header = sheet.getHeader();
		header.setLeft("&\"Arial,Bold\"" + escape(programme.title()));
		header.setCenter(escape(label));
		header.setRight(escape("As at " + Dates.longDay(programme.asAt())));
		Footer footer = sheet.getFooter();
		footer.setLeft(escape((programme.dataLabel() != null) ? programme.dataLabel() : programme.authority()));
		footer.setRight("Page &P of &N");
	}

	/**
	 * As few pages across as keep the smallest text at 8 points or more: a wide sheet
	 * printed one page wide came out at about 4 points.
	 */
	static void wide(Sheet sheet, int columns) {
		sheet.getPrintSetup().setFitWidth(pagesWide(sheet, columns));
	}

	private static short pagesWide(Sheet sheet, int columns) {
		double points = 0;
		for (int i = 0; i < columns; i++) {
			if (!sheet.isColumnHidden(i)) {
				points += sheet.getColumnWidth(i) / 256.0 * 6.3 + 3.75;
			}
		}
		return (short) Math.max(1, Math.ceil(points * (READABLE / SMALLEST_TEXT) / PRINTABLE));
	}

	/** An ampersand starts a code in a header, so one written in a title is doubled. */
	static String escape(String text) {
		String plain = (text == null) ? "" : text;
		if (plain.length() > PART) {
			plain = plain.substring(0, PART - 1) + "…";
		}
		return plain.replace("&", "&&");
	}

}
