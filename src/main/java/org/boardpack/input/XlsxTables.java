package org.boardpack.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the sheets of a workbook as tables: the first row is the header; dates become ISO text and numbers
 * plain text, so that the same validation applies as for CSV. Formulas give their cached result.
 */
public final class XlsxTables {

	private XlsxTables() {
	}

	public static Map<String, Table> read(Path path, String file) throws IOException {
		return read(Files.readAllBytes(path), file);
	}

	/** Every sheet of the workbook by name, in workbook order; files are named "book.xlsx[sheet]". */
	public static Map<String, Table> read(byte[] bytes, String file) throws IOException {
		try (InputStream in = new ByteArrayInputStream(bytes); Workbook workbook = WorkbookFactory.create(in)) {
			Map<String, Table> tables = new LinkedHashMap<>();
			for (Sheet sheet : workbook) {
				tables.put(sheet.getSheetName(), table(sheet, file + "[" + sheet.getSheetName() + "]"));
			}
			return tables;
		}
	}

	private static Table table(Sheet sheet, String file) {
		Table.Builder table = new Table.Builder(file);
		for (org.apache.poi.ss.usermodel.Row row : sheet) {
			List<String> values = new ArrayList<>();
			for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
				values.add(text(row.getCell(c)));
			}
			table.add(row.getRowNum() + 1, values);
		}
		return table.build();
	}

	/** A number as the cell shows it: a date as ISO, a percentage as "71%" (the cell holds 0.71). */
	private static String number(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
		if (cell.getCellStyle().getDataFormatString().contains("%")) {
			return value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
		}
		return value.stripTrailingZeros().toPlainString();
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case NUMERIC -> number(cell);
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

}
