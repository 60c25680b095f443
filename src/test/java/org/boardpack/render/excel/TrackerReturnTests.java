package org.boardpack.render.excel;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.TestFolders;
import org.boardpack.input.InvalidInputException;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.plan.Rag;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.Rollup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Actions sheet sent back as next month's update return, and commentary that looks
 * like a formula.
 */
class TrackerReturnTests {

	private static final YearMonth AUGUST = YearMonth.of(2017, 8);

	private static final YearMonth SEPTEMBER = YearMonth.of(2017, 9);

	@TempDir
	Path temp;

	@Test
	void anEditedTrackerIsNextMonthsReturnAndUntouchedRowsAreNoUpdate() throws Exception {
		// given
		Path folder = programmeUpTo(AUGUST);
		Rollup august = TrackerFixtures.rollup(folder, AUGUST);
		Path tracker = TrackerFixtures.render(august, folder, this.temp);
		List<ActionRollup> actions = august.priorities().stream().flatMap((p) -> p.actions().stream()).toList();
		List<ActionRollup> open = actions.stream().filter((a) -> a.status().equals("in-progress")).toList();
		ActionRollup edited = open.get(0);
		ActionRollup untouched = open.get(1);

		// when
		edit(tracker, folder.resolve("updates/2017-09.xlsx"), actions.indexOf(edited) + 1, (row) -> {
			set(row, ActionsSheet.STATUS, "Complete");
			row.getCell(ActionsSheet.PERCENT).setCellValue(1.0);
			set(row, ActionsSheet.REPORTED, "Blue");
			set(row, ActionsSheet.COMMENTARY, "Signed off at the September board.");
		});
		Rollup september = TrackerFixtures.rollup(folder, SEPTEMBER);

		// then
		ActionRollup now = action(september, edited.id());
		assertThat(now.status()).isEqualTo("complete");
		assertThat(now.percentComplete()).isEqualTo(100);
		assertThat(now.reportedRag()).isEqualTo(Rag.BLUE);
		assertThat(now.commentary()).isEqualTo("Signed off at the September board.");
		assertThat(now.lastUpdate()).isEqualTo("2017-09");
		assertThat(now.updateMissing()).isFalse();
		ActionRollup same = action(september, untouched.id());
		assertThat(same.updateMissing()).isTrue();
		assertThat(same.lastUpdate()).isEqualTo(untouched.lastUpdate());
		assertThat(ProgrammeReader.read(folder).updates().get(SEPTEMBER)).hasSize(1);
	}

	@Test
	void aTrackerSortedByItsLeadStillReadsBackRowByRow() throws Exception {
		// given
		Path folder = programmeUpTo(AUGUST);
		Rollup august = TrackerFixtures.rollup(folder, AUGUST);
		Path tracker = TrackerFixtures.render(august, folder, this.temp);
		List<ActionRollup> actions = august.priorities().stream().flatMap((p) -> p.actions().stream()).toList();
		List<ActionRollup> open = actions.stream().filter((a) -> a.status().equals("in-progress")).toList();
		ActionRollup edited = open.get(0);
		ActionRollup untouched = open.get(1);

		// when the rows are sorted last to first, whole rows moving as Excel sorts a
		// table, and one row is edited
		try (XSSFWorkbook workbook = TrackerFixtures.open(tracker);
				OutputStream out = Files.newOutputStream(folder.resolve("updates/2017-09.xlsx"))) {
			XSSFSheet sheet = workbook.getSheet("Actions");
			reverseRows(sheet);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(actions.getLast().id());
			XSSFRow row = row(sheet, edited.id());
			set(row, ActionsSheet.STATUS, "Complete");
			row.getCell(ActionsSheet.PERCENT).setCellValue(1.0);
			set(row, ActionsSheet.COMMENTARY, "Signed off at the September board.");
			workbook.write(out);
		}
		Rollup september = TrackerFixtures.rollup(folder, SEPTEMBER);

		// then the edited action has its update, and an untouched one is still no update
		ActionRollup now = action(september, edited.id());
		assertThat(now.status()).isEqualTo("complete");
		assertThat(now.commentary()).isEqualTo("Signed off at the September board.");
		assertThat(now.updateMissing()).isFalse();
		assertThat(action(september, untouched.id()).updateMissing()).isTrue();
	}

	@Test
	void aTrackerWithABadStatusIsReportedByFileRowAndColumnAsACsvReturnWouldBe() throws Exception {
		// given
		Path folder = programmeUpTo(AUGUST);
		Rollup august = TrackerFixtures.rollup(folder, AUGUST);
		Path tracker = TrackerFixtures.render(august, folder, this.temp);

		// when
		edit(tracker, folder.resolve("updates/2017-09.xlsx"), 4, (row) -> {
			set(row, ActionsSheet.STATUS, "Finished");
			row.getCell(ActionsSheet.PERCENT).setCellValue(1.4);
		});

		// then
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> ProgrammeReader.read(folder))
			.withMessageContaining("updates/2017-09.xlsx[Actions]:5:L (status): \"Finished\" is not one of: "
					+ "not-started, in-progress, complete, on-hold, cancelled")
			.withMessageContaining("updates/2017-09.xlsx[Actions]:5:M (percent_complete): 140% is more than 100: "
					+ "give a whole number from 0 to 100");
	}

	@Test
	void commentaryThatLooksLikeAFormulaStaysText() throws Exception {
		// given
		Path folder = programmeUpTo(AUGUST);
		Path csv = folder.resolve("updates/2017-08.csv");
		List<String> lines = Files.readAllLines(csv);
		String[] texts = { "=HYPERLINK(\"http://example.org\",\"x\")", "+44 cost", "-5 days late", "@risk owner" };
		for (int i = 0; i < texts.length; i++) {
			String[] cells = lines.get(i + 1).split(",", -1);
			cells[4] = "\"" + texts[i].replace("\"", "\"\"") + "\"";
			lines.set(i + 1, String.join(",", cells));
		}
		Files.write(csv, lines);
		Rollup august = TrackerFixtures.rollup(folder, AUGUST);

		// when
		Path tracker = TrackerFixtures.render(august, folder, this.temp);

		// then
		try (XSSFWorkbook workbook = TrackerFixtures.open(tracker)) {
			for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(cell.getAddress().formatAsString())
							.isNotEqualTo(CellType.FORMULA);
					}
				}
			}
			XSSFSheet actions = workbook.getSheet("Actions");
			for (int i = 0; i < texts.length; i++) {
				String id = lines.get(i + 1).split(",", 2)[0];
				XSSFRow row = row(actions, id);
				assertThat(row.getCell(ActionsSheet.COMMENTARY).getCellType()).isEqualTo(CellType.STRING);
				assertThat(row.getCell(ActionsSheet.COMMENTARY).getStringCellValue()).isEqualTo(texts[i]);
			}
		}
	}

	/** A copy of the bundled programme with no returns after {@code last}. */
	private Path programmeUpTo(YearMonth last) throws Exception {
		Path folder = TestFolders.copy(TrackerFixtures.BUNDLED, this.temp.resolve("bromley-csc-2016"));
		try (var files = Files.list(folder.resolve("updates"))) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (YearMonth.parse(name.substring(0, 7)).isAfter(last)) {
					Files.delete(file);
				}
			}
		}
		return folder;
	}

	private static void edit(Path tracker, Path target, int rowNumber, java.util.function.Consumer<XSSFRow> change)
			throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(tracker); OutputStream out = Files.newOutputStream(target)) {
			change.accept(workbook.getSheet("Actions").getRow(rowNumber));
			workbook.write(out);
		}
	}

	/**
	 * Types over a text cell as a spreadsheet does. The tracker streams its text inline,
	 * and POI would keep the inline text beside a new value, so the cell is made afresh
	 * in the same style.
	 */
	private static void set(XSSFRow row, int column, String value) {
		var style = row.getCell(column).getCellStyle();
		row.removeCell(row.getCell(column));
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		cell.setCellValue(value);
	}

	/**
	 * Puts the sheet's rows below the headings in reverse order, every cell moving with
	 * its value and style.
	 */
	private static void reverseRows(XSSFSheet sheet) {
		record Held(CellType type, String text, double number, CellStyle style) {
		}
		int last = sheet.getLastRowNum();
		int columns = sheet.getRow(0).getLastCellNum();
		List<List<Held>> rows = new ArrayList<>();
		for (int r = 1; r <= last; r++) {
			List<Held> cells = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				Cell cell = sheet.getRow(r).getCell(c);
				CellType type = cell.getCellType();
				cells.add(new Held(type, (type == CellType.STRING) ? cell.getStringCellValue() : null,
						(type == CellType.NUMERIC) ? cell.getNumericCellValue() : 0, cell.getCellStyle()));
			}
			rows.add(cells);
		}
		for (int r = 1; r <= last; r++) {
			XSSFRow row = sheet.getRow(r);
			List<Held> from = rows.get(last - r);
			for (int c = 0; c < columns; c++) {
				row.removeCell(row.getCell(c));
				Cell cell = row.createCell(c);
				Held held = from.get(c);
				cell.setCellStyle(held.style());
				switch (held.type()) {
					case STRING -> cell.setCellValue(held.text());
					case NUMERIC -> cell.setCellValue(held.number());
					default -> cell.setBlank();
				}
			}
		}
	}

	private static XSSFRow row(XSSFSheet sheet, String actionId) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals(actionId)) {
				return (XSSFRow) row;
			}
		}
		throw new AssertionError("no row for " + actionId);
	}

	private static ActionRollup action(Rollup rollup, String id) {
		return rollup.priorities()
			.stream()
			.flatMap((p) -> p.actions().stream())
			.filter((a) -> a.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

}
