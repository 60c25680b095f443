package org.boardpack.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxTablesTests {

	@TempDir
	Path folder;

	@Test
	void aDateCellIsReadAsAnIsoDate() throws IOException {
		// given
		Path file = workbook((book) -> {
			Sheet sheet = header(book, "Actions", "action_id", "updated_on");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("1.1.1");
			row.createCell(1).setCellValue(LocalDate.of(2016, 9, 30));
			row.getCell(1).setCellStyle(dateStyle(book, "d mmm yyyy"));
		});

		// when
		Table table = XlsxTables.read(file, "updates/2016-10.xlsx").get("Actions");

		// then
		assertThat(table.rows()).singleElement()
			.satisfies((row) -> assertThat(row.text("updated_on")).isEqualTo("2016-09-30"));
	}

	@Test
	void aNumberIsReadWithoutNeedlessDecimals() throws IOException {
		// given
		Path file = workbook((book) -> {
			Sheet sheet = header(book, "values", "whole", "fraction", "large", "small");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(60.0);
			row.createCell(1).setCellValue(71.5);
			row.createCell(2).setCellValue(391000);
			row.createCell(3).setCellValue(0.05);
		});

		// when
		Table table = XlsxTables.read(file, "programme.xlsx").get("values");

		// then
		assertThat(table.rows()).singleElement().satisfies((row) -> {
			assertThat(row.text("whole")).isEqualTo("60");
			assertThat(row.text("fraction")).isEqualTo("71.5");
			assertThat(row.text("large")).isEqualTo("391000");
			assertThat(row.text("small")).isEqualTo("0.05");
		});
	}

	@Test
	void aPercentageCellIsReadAsExcelShowsIt() throws IOException {
		// given
		Path file = workbook((book) -> {
			Sheet sheet = header(book, "values", "value", "precise");
			Row row = sheet.createRow(1);
			CellStyle percent = book.createCellStyle();
			percent.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0%"));
			row.createCell(0).setCellValue(0.71);
			row.createCell(1).setCellValue(0.715);
			row.getCell(0).setCellStyle(percent);
			row.getCell(1).setCellStyle(percent);
		});

		// when
		Table table = XlsxTables.read(file, "programme.xlsx").get("values");

		// then
		assertThat(table.rows()).singleElement().satisfies((row) -> {
			assertThat(row.text("value")).isEqualTo("71%");
			assertThat(row.text("precise")).isEqualTo("71.5%");
		});
	}

	@Test
	void aFormulaIsReadAsItsCachedResult() throws IOException {
		// given
		Path file = workbook((book) -> {
			Sheet sheet = header(book, "values", "numerator", "denominator", "value", "note");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(71);
			row.createCell(1).setCellValue(200);
			row.createCell(2).setCellFormula("A2/B2*100");
			row.createCell(3).setCellFormula("\"of \"&B2&\" audits\"");
			book.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});

		// when
		Table table = XlsxTables.read(file, "programme.xlsx").get("values");

		// then
		assertThat(table.rows()).singleElement().satisfies((row) -> {
			assertThat(row.text("value")).isEqualTo("35.5");
			assertThat(row.text("note")).isEqualTo("of 200 audits");
		});
	}

	@Test
	void rowNumbersAreThoseExcelShows() throws IOException {
		// given: data on rows 2 and 5; row 3 never written, row 4 holds only blank text
		Path file = workbook((book) -> {
			Sheet sheet = header(book, "Actions", "action_id", "status");
			sheet.createRow(1).createCell(0).setCellValue("1.1.1");
			sheet.createRow(3).createCell(1).setCellValue("  ");
			sheet.createRow(4).createCell(0).setCellValue("1.1.2");
		});

		// when
		Table table = XlsxTables.read(file, "updates/2016-10.xlsx").get("Actions");

		// then
		assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 5);
		assertThat(table.rows()).extracting((row) -> row.text("action_id")).containsExactly("1.1.1", "1.1.2");
		assertThat(table.rows().get(1).problem("status", "is empty; a value is required"))
			.hasToString("updates/2016-10.xlsx[Actions]:5:B (status): is empty; a value is required");
	}

	@Test
	void everySheetIsATableNamedAfterTheBookAndSheetInWorkbookOrder() throws IOException {
		// given
		Path file = workbook((book) -> {
			header(book, "priorities", "priority_id", "title");
			header(book, "actions", "action_id", "priority_id").createRow(1).createCell(1).setCellValue(true);
		});

		// when
		Map<String, Table> tables = XlsxTables.read(file, "programme.xlsx");

		// then
		assertThat(tables).containsOnlyKeys("priorities", "actions");
		assertThat(tables.keySet()).containsExactly("priorities", "actions");
		assertThat(tables.get("priorities").file()).isEqualTo("programme.xlsx[priorities]");
		assertThat(tables.get("priorities").rows()).isEmpty();
		assertThat(tables.get("actions").rows()).singleElement().satisfies((row) -> {
			assertThat(row.text("action_id")).isEmpty();
			assertThat(row.text("priority_id")).isEqualTo("true");
		});
	}

	private static Sheet header(XSSFWorkbook book, String name, String... columns) {
		Sheet sheet = book.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.length; i++) {
			header.createCell(i).setCellValue(columns[i]);
		}
		return sheet;
	}

	private static CellStyle dateStyle(XSSFWorkbook book, String format) {
		CellStyle style = book.createCellStyle();
		style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(format));
		return style;
	}

	private Path workbook(Consumer<XSSFWorkbook> content) throws IOException {
		Path file = this.folder.resolve("book.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			content.accept(book);
			book.write(out);
		}
		return file;
	}

}
