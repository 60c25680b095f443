package org.boardpack.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
			auditFormulas(book);
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

	@Test
	void controlCharactersNoDocumentCanHoldAreCleanedFromEveryCell() throws IOException {
		// given: Word's Shift+Enter pasted into Excel is a vertical tab, which Excel
		// saves escaped as _x000B_
		Path file = escaped(workbook((book) -> {
			Sheet sheet = header(book, "Actions", "action_id", "commentary");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("1.1.1NUL");
			row.createCell(1).setCellValue("First lineVTsecond lineBEL, with a tab\tkept");
		}), Map.of("NUL", "_x0000_", "VT", "_x000B_", "BEL", "_x0007_"));

		// when
		Table table = XlsxTables.read(file, "updates/2016-10.xlsx").get("Actions");

		// then
		assertThat(table.rows()).singleElement().satisfies((row) -> {
			assertThat(row.text("action_id")).isEqualTo("1.1.1");
			assertThat(row.text("commentary")).isEqualTo("First line\nsecond line, with a tab\tkept");
		});
	}

	@Test
	void aFormulaWithNoSavedResultIsWorkedOutOrRefusedAtItsCellNeverReadAsZero() throws IOException {
		// given: written by a program and never opened in Excel, so no formula has its
		// result saved
		Path file = workbook((book) -> auditFormulas(book).createRow(2)
			.createCell(2)
			.setCellFormula("INDIRECT(\"[elsewhere.xlsx]Sheet1!A1\")"));

		// when / then
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> XlsxTables.read(file, "programme.xlsx"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly(
						"programme.xlsx[values]:3:C: the formula =INDIRECT(\"[elsewhere.xlsx]Sheet1!A1\") has no saved "
								+ "result and cannot be worked out; open the workbook in Excel and save it, or type the value"));
		Path worked = workbook(XlsxTablesTests::auditFormulas);
		assertThat(XlsxTables.read(worked, "programme.xlsx").get("values").rows()).singleElement().satisfies((row) -> {
			assertThat(row.text("value")).isEqualTo("35.5");
			assertThat(row.text("note")).isEqualTo("of 200 audits");
		});
	}

	@Test
	void aWorkbookThatIsNotOneOrUnpacksToFarMoreThanItsSizeIsRefusedInOurWords() throws IOException {
		// given
		Path bomb = escaped(workbook((book) -> header(book, "Actions", "action_id", "PAD")),
				Map.of("PAD", "a".repeat(20_000_000)));
		Path text = Files.writeString(this.folder.resolve("text.xlsx"), "action_id,status\n");

		// when / then
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> XlsxTables.read(bomb, "updates/2017-10.xlsx"))
			.withMessage("it unpacks to far more than its size, as no workbook of a programme does; if it is a "
					+ "genuine workbook, open it in Excel and save it again");
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> XlsxTables.read(text, "updates/2017-10.xlsx"))
			.withMessage("it is not an Excel Workbook (.xlsx); open it in Excel and save it as an Excel Workbook");
	}

	/**
	 * A sheet "values" whose row 2 works out a percentage and a note by formula, with no
	 * result saved.
	 */
	private static Sheet auditFormulas(XSSFWorkbook book) {
		Sheet sheet = header(book, "values", "numerator", "denominator", "value", "note");
		Row row = sheet.createRow(1);
		row.createCell(0).setCellValue(71);
		row.createCell(1).setCellValue(200);
		row.createCell(2).setCellFormula("A2/B2*100");
		row.createCell(3).setCellFormula("\"of \"&B2&\" audits\"");
		return sheet;
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

	/**
	 * The workbook with its cells' text rewritten as Excel writes characters that XML
	 * cannot hold.
	 */
	private static Path escaped(Path file, Map<String, String> escapes) throws IOException {
		Path rewritten = file.resolveSibling("escaped.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				for (Map.Entry<String, String> escape : escapes.entrySet()) {
					text = text.replace(escape.getKey(), escape.getValue());
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(text.getBytes(StandardCharsets.UTF_8));
			}
		}
		return rewritten;
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
