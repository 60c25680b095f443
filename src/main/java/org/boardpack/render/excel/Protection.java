package org.boardpack.render.excel;

import java.util.Collection;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Guards against accidental edits: every sheet is protected, with a password the manual
 * gives (docs/outputs.md), while filtering, sorting and resizing still work. Excel sorts
 * a protected sheet's table only when none of its rows' cells is locked, so on the
 * Actions and Indicators sheets the rows are unlocked and the columns nobody fills in
 * refuse a typed entry instead ({@link #readOnly}). Also makes a sheet's rows a named
 * Excel table, which a streamed sheet cannot do itself.
 */
final class Protection {

	/**
	 * Known to every user from the manual: protection here prevents slips, it is not a
	 * secret. A password nobody can find would leave a team unable to correct its own
	 * tracker.
	 */
	static final String PASSWORD = "boardpack";

	/** The title of the message a read-only cell gives. */
	static final String READ_ONLY = "Not filled in here";

	private Protection() {
	}

	static void protect(XSSFSheet sheet) {
		sheet.protectSheet(PASSWORD);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
		sheet.lockAutoFilter(false);
		sheet.lockSort(false);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
	}

	/**
	 * Refuses anything typed into the rows' cells of every column but {@code editable},
	 * with {@code why} as the message. A rule rather than a lock, so the rows can still
	 * be sorted; it does not stop a paste.
	 */
	static void readOnly(Sheet sheet, int columns, int rows, Collection<Integer> editable, String why) {
		if (rows == 0) {
			return;
		}
		CellRangeAddressList ranges = new CellRangeAddressList();
		for (int first = 0; first < columns; first++) {
			if (!editable.contains(first)) {
				int last = first;
				while (last + 1 < columns && !editable.contains(last + 1)) {
					last++;
				}
				ranges.addCellRangeAddress(1, first, rows, last);
				first = last;
			}
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation rule = helper.createValidation(helper.createCustomConstraint("FALSE"), ranges);
		rule.setErrorStyle(DataValidation.ErrorStyle.STOP);
		rule.setShowErrorBox(true);
		rule.createErrorBox(READ_ONLY, why);
		rule.setEmptyCellAllowed(true);
		sheet.addValidationData(rule);
	}

	/**
	 * Makes the heading row and {@code rows} rows beneath it a named table with filter
	 * buttons, then protects the sheet.
	 */
	static void table(SXSSFWorkbook workbook, Sheet streamed, String name, List<Column> columns, int rows) {
		XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(streamed.getSheetName());
		table(workbook.getXSSFWorkbook(), sheet, name, columns, 0, rows);
		protect(sheet);
	}

	static XSSFTable table(XSSFWorkbook workbook, XSSFSheet sheet, String name, List<Column> columns, int headingRow,
			int rows) {
		AreaReference area = new AreaReference(new CellReference(headingRow, 0),
				new CellReference(headingRow + Math.max(rows, 1), columns.size() - 1), SpreadsheetVersion.EXCEL2007);
		XSSFTable table = sheet.createTable(area);
		table.setName(name);
		table.setDisplayName(name);
		for (int i = 0; i < columns.size(); i++) {
			table.getColumns().get(i).setName(columns.get(i).heading());
		}
		CTTableStyleInfo style = table.getCTTable().isSetTableStyleInfo() ? table.getCTTable().getTableStyleInfo()
				: table.getCTTable().addNewTableStyleInfo();
		style.setName("TableStyleLight1");
		style.setShowRowStripes(false);
		style.setShowColumnStripes(false);
		table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
		return table;
	}

}
