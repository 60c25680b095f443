package org.boardpack.render.excel;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A column of a sheet: its heading and width in characters. Also sizes rows so wrapped
 * text shows whole when the workbook is opened, since a spreadsheet keeps a row's height
 * rather than fitting it on opening.
 */
record Column(String heading, int width) {

	private static final float LINE_POINTS = 12.75f;

	static void headings(Sheet sheet, Row row, List<Column> columns, Styles styles) {
		for (int i = 0; i < columns.size(); i++) {
			Cells.text(row, i, columns.get(i).heading(), styles.header);
			sheet.setColumnWidth(i, columns.get(i).width() * 256);
		}
		fit(row, columns, columns.stream().map(Column::heading).toList());
	}

	/**
	 * Sets a row's height to the lines its longest wrapped text needs in its column's
	 * width.
	 */
	static void fit(Row row, List<Column> columns, List<String> texts) {
		int lines = 1;
		for (int i = 0; i < texts.size() && i < columns.size(); i++) {
			lines = Math.max(lines, lines(texts.get(i), columns.get(i).width()));
		}
		row.setHeightInPoints(Math.min(lines, 30) * LINE_POINTS + 3);
	}

	/**
	 * Sizes a row from its texts by column, null where a column holds no wrapped text.
	 */
	static void fit(Row row, List<Column> columns, String... texts) {
		fit(row, columns, Arrays.asList(texts));
	}

	static int lines(String text, int width) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		// Proportional type fits about a third more characters on a line than the
		// column's width in characters.
		int perLine = Math.max((int) (width * 1.3), 4);
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines += Math.max(1, (int) Math.ceil(paragraph.length() / (double) perLine));
		}
		return lines;
	}

}
