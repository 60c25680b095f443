package org.boardpack.render.board;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * Widens a table's columns until its longest word fits on one line, taking the room from
 * the columns that have some to spare, so no reader sees "Gree" and "n" on two lines.
 * Words are measured in Liberation Sans, which has Arial's widths: the font the document
 * names and the one LibreOffice puts in its place.
 */
final class DocxColumns {

	/** Cell margins left and right (80 twips each) and a little air. */
	private static final int PADDING = 200;

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static final Font REGULAR = font("Regular");

	private static final Font BOLD = font("Bold");

	private DocxColumns() {
	}

	static void fit(XWPFTable table) {
		CTTblGrid grid = table.getCTTbl().getTblGrid();
		if (grid == null) {
			return;
		}
		int columns = grid.sizeOfGridColArray();
		long[] widths = new long[columns];
		long[] needed = new long[columns];
		for (int i = 0; i < columns; i++) {
			widths[i] = ((BigInteger) grid.getGridColArray(i).getW()).longValue();
		}
		for (XWPFTableRow row : table.getRows()) {
			List<XWPFTableCell> cells = row.getTableCells();
			for (int i = 0; i < Math.min(columns, cells.size()); i++) {
				needed[i] = Math.max(needed[i], longestWord(cells.get(i)) + PADDING);
			}
		}
		long[] fitted = share(widths, needed);
		for (int i = 0; i < columns; i++) {
			grid.getGridColArray(i).setW(BigInteger.valueOf(fitted[i]));
		}
		for (XWPFTableRow row : table.getRows()) {
			List<XWPFTableCell> cells = row.getTableCells();
			for (int i = 0; i < Math.min(columns, cells.size()); i++) {
				var properties = cells.get(i).getCTTc().getTcPr();
				if (properties != null && properties.isSetTcW()) {
					properties.getTcW().setW(BigInteger.valueOf(fitted[i]));
				}
			}
		}
	}

	/** Gives each short column what it needs, from the others' room to spare. */
	static long[] share(long[] widths, long[] needed) {
		long[] fitted = widths.clone();
		long short_ = 0;
		long spare = 0;
		for (int i = 0; i < widths.length; i++) {
			short_ += Math.max(0, needed[i] - widths[i]);
			spare += Math.max(0, widths[i] - needed[i]);
		}
		if (short_ == 0 || spare == 0) {
			return fitted;
		}
		double taken = Math.min(1.0, (double) short_ / spare);
		for (int i = 0; i < widths.length; i++) {
			fitted[i] = (needed[i] > widths[i])
					? widths[i] + Math.round((needed[i] - widths[i]) * Math.min(1.0, (double) spare / short_))
					: widths[i] - Math.round((widths[i] - needed[i]) * taken);
		}
		return fitted;
	}

	/** The width of the cell's longest word, in twentieths of a point. */
	private static long longestWord(XWPFTableCell cell) {
		double longest = 0;
		for (XWPFParagraph paragraph : cell.getParagraphs()) {
			for (XWPFRun run : paragraph.getRuns()) {
				String text = run.text();
				if (text == null || text.isBlank()) {
					continue;
				}
				Double size = run.getFontSizeAsDouble();
				Font font = (run.isBold() ? BOLD : REGULAR).deriveFont((size != null) ? size.floatValue() : 10f);
				for (String word : text.split("\\s+")) {
					longest = Math.max(longest, font.getStringBounds(word, CONTEXT).getWidth());
				}
			}
		}
		return Math.round(longest * 20);
	}

	private static Font font(String face) {
		try (InputStream in = DocxColumns.class.getResourceAsStream("/fonts/LiberationSans-" + face + ".ttf")) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
