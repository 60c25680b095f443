package org.boardpack.render.excel;

import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Guards against accidental edits: every sheet is protected, with a password the manual
 * gives (docs/outputs.md), so that only the shaded cells a lead fills in can be typed
 * over while filtering, sorting and resizing still work. Also makes a sheet's rows a
 * named Excel table, which a streamed sheet cannot do itself.
 */
final class Protection {

	/**
	 * Known to every user from the manual: protection here prevents slips, it is not a
	 * secret. A password nobody can find would leave a team unable to correct its own
	 * tracker.
	 */
	static final String PASSWORD = "boardpack";

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
	 * Makes the heading row and {@code rows} rows beneath it a named table with filter
	 * buttons, then protects the sheet.
	 */
	static void table(SXSSFWorkbook workbook, org.apache.poi.ss.usermodel.Sheet streamed, String name,
			List<Column> columns, int rows) {
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
