package org.boardpack.render.excel;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.boardpack.plan.Rag;

/**
 * Writes typed cells. Text is always written as a string value, never as a formula, so
 * commentary that starts with "=", "+", "-" or "@" stays the words the lead wrote.
 */
final class Cells {

	private Cells() {
	}

	static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
		return cell;
	}

	static Cell number(Row row, int column, Double value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
		return cell;
	}

	static Cell date(Row row, int column, LocalDate value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
		return cell;
	}

	/** A RAG as its word on its colour; an empty plain cell when there is none. */
	static Cell rag(Row row, int column, Rag rag, Styles styles) {
		return (rag == null) ? text(row, column, null, styles.text) : text(row, column, rag.word(), styles.rag(rag));
	}

	/**
	 * A share given in per cent (98.5) as the fraction Excel formats as a percentage
	 * (0.985).
	 */
	static Double fraction(double percent) {
		return percent / 100.0;
	}

}
