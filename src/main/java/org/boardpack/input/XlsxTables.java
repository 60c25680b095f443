package org.boardpack.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Reads the sheets of a workbook as tables: the first row is the header; dates become ISO
 * text and numbers plain text, so that the same validation applies as for CSV. Formulas
 * give their saved result, or are worked out when the workbook holds none.
 */
public final class XlsxTables {

	private XlsxTables() {
	}

	public static Map<String, Table> read(Path path, String file) throws IOException {
		return read(Files.readAllBytes(path), file);
	}

	/**
	 * Every sheet of the workbook by name, in workbook order; files are named
	 * "book.xlsx[sheet]".
	 */
	public static Map<String, Table> read(byte[] bytes, String file) throws IOException {
		Workbook opened;
		try {
			opened = WorkbookFactory.create(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException ex) {
			throw new IOException(unreadable(ex), ex);
		}
		try (Workbook workbook = opened) {
			Problems problems = new Problems();
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Map<String, Table> tables = new LinkedHashMap<>();
			for (Sheet sheet : workbook) {
				tables.put(sheet.getSheetName(),
						table(sheet, file + "[" + sheet.getSheetName() + "]", evaluator, problems));
			}
			problems.throwIfAny();
			return tables;
		}
	}

	/**
	 * Why a file cannot be opened as a workbook, in our words rather than the library's.
	 */
	private static String unreadable(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("Zip bomb")) {
			return "it unpacks to far more than its size, as no workbook of a programme does; if it is a genuine "
					+ "workbook, open it in Excel and save it again";
		}
		return "it is not an Excel Workbook (.xlsx); open it in Excel and save it as an Excel Workbook";
	}

	private static Table table(Sheet sheet, String file, FormulaEvaluator evaluator, Problems problems) {
		Table.Builder table = new Table.Builder(file);
		for (org.apache.poi.ss.usermodel.Row row : sheet) {
			List<String> values = new ArrayList<>();
			for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
				Cell cell = row.getCell(c);
				if (cell != null && cell.getCellType() == CellType.FORMULA && !hasSavedResult(cell)) {
					values.add(evaluated(cell, evaluator, file, problems));
				}
				else {
					values.add(text(cell));
				}
			}
			table.add(row.getRowNum() + 1, values);
		}
		return table.build();
	}

	/**
	 * A workbook written by a program and never opened in Excel may hold formulas without
	 * their result, which would read as 0; such a formula is worked out, and refused at
	 * its cell when it cannot be.
	 */
	private static boolean hasSavedResult(Cell cell) {
		return !(cell instanceof XSSFCell xssf) || xssf.getCTCell().isSetV();
	}

	private static String evaluated(Cell cell, FormulaEvaluator evaluator, String file, Problems problems) {
		try {
			CellValue value = evaluator.evaluate(cell);
			switch (value.getCellType()) {
				case NUMERIC -> {
					return number(cell, value.getNumberValue());
				}
				case STRING -> {
					return value.getStringValue();
				}
				case BOOLEAN -> {
					return Boolean.toString(value.getBooleanValue());
				}
				default -> {
					// an error value: reported below
				}
			}
		}
		catch (RuntimeException ex) {
			// a function or reference that cannot be worked out here: reported below
		}
		problems.add(new Problem(file, cell.getRowIndex() + 1, Table.Header.letter(cell.getColumnIndex()),
				Text.format("the formula =%s has no saved result and cannot be worked out; open the workbook in Excel "
						+ "and save it, or type the value", cell.getCellFormula())));
		return "";
	}

	/**
	 * A number as the cell shows it: a date as ISO, a percentage as "71%" (the cell holds
	 * 0.71).
	 */
	private static String number(Cell cell, double number) {
		if (DateUtil.isCellDateFormatted(cell)) {
			return DateUtil.getLocalDateTime(number).toLocalDate().toString();
		}
		BigDecimal value = BigDecimal.valueOf(number);
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
			case NUMERIC -> number(cell, cell.getNumericCellValue());
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

}
