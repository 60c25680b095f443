package org.boardpack.render.excel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.plan.Rag;
import org.boardpack.input.Percent;
import org.boardpack.pack.RagPalette;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker of the bundled programme's latest period, opened as a user would open it.
 */
class TrackerRendererTests {

	private static final RagPalette PALETTE = RagPalette.load(Path.of("templates/palette.properties"));

	@TempDir
	static Path temp;

	private static Rollup rollup;

	private static Path file;

	@BeforeAll
	static void render() throws Exception {
		rollup = TrackerFixtures.rollup(TrackerFixtures.BUNDLED, YearMonth.of(2017, 10));
		file = TrackerFixtures.render(rollup, TrackerFixtures.BUNDLED, temp);
	}

	@Test
	void summaryCountsAreTheRollupsForEveryPriorityAndTheProgramme() throws Exception {
		// given
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			// when
			XSSFSheet summary = workbook.getSheet("Summary");

			// then
			int r = SummarySheet.HEADINGS;
			for (PriorityRollup priority : rollup.priorities()) {
				XSSFRow row = summary.getRow(++r);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(priority.id() + " " + priority.title());
				assertThat(numbers(row, 2, 10)).containsExactly((double) priority.actions().size(),
						(double) priority.counts().blue(), (double) priority.counts().green(),
						(double) priority.counts().amber(), (double) priority.counts().red(),
						(double) priority.counts().grey(), (double) priority.counts().cancelled(),
						(double) priority.updatesMissing());
				assertRag(row.getCell(11), priority.rag());
			}
			XSSFRow total = summary.getRow(++r);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Programme");
			assertThat(numbers(total, 2, 10)).containsExactly((double) rollup.programme().actions(),
					(double) rollup.programme().counts().blue(), (double) rollup.programme().counts().green(),
					(double) rollup.programme().counts().amber(), (double) rollup.programme().counts().red(),
					(double) rollup.programme().counts().grey(), (double) rollup.programme().counts().cancelled(),
					(double) rollup.programme().updatesMissing());
			assertRag(summary.getRow(5).getCell(1), rollup.programme().rag());
			assertThat(summary.getDrawingPatriarch().getCharts()).singleElement()
				.satisfies((chart) -> assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(6));
		}
	}

	@Test
	void aPriorityWithAnActionOpenIsNeverShownAsOneHundredPercentComplete() throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			// when
			XSSFSheet summary = workbook.getSheet("Summary");

			// then priority 4, 99.7% complete with an action open, reads as it does in
			// the
			// paper, and every priority reads as the paper writes it
			DataFormatter shown = new DataFormatter(Locale.UK);
			int r = SummarySheet.HEADINGS;
			for (PriorityRollup priority : rollup.priorities()) {
				assertThat(shown.formatCellValue(summary.getRow(++r).getCell(10))).as("priority %s", priority.id())
					.isEqualTo(Percent.shown(priority.percentComplete()));
			}
			assertThat(shown.formatCellValue(summary.getRow(SummarySheet.HEADINGS + 4).getCell(10))).isEqualTo("99.7%");
		}
	}

	@Test
	void sheetsComeInOrderWithTheSummaryActiveAndTheDocumentDescribed() throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			List<String> names = new ArrayList<>();
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
			assertThat(names.subList(0, 4)).containsExactly("Summary", "Actions", "Indicators", "Changes");
			assertThat(names.subList(4, names.size())).hasSize(rollup.priorities().size())
				.first()
				.isEqualTo("1 Leadership and governance");
			assertThat(workbook.getActiveSheetIndex()).isZero();
			var core = workbook.getProperties().getCoreProperties();
			assertThat(core.getTitle()).isEqualTo("Children's Service Improvement Action Plan: RAG tracker");
			assertThat(core.getCreator()).isEqualTo("London Borough of Bromley");
			assertThat(core.getCreated().toInstant())
				.isEqualTo(rollup.programme().asAt().atStartOfDay().toInstant(ZoneOffset.UTC));
		}
	}

	@Test
	void everyActionHasItsRowInPlanOrderWithItsRatingsDatesAndProgress() throws Exception {
		// given
		List<ActionRollup> actions = rollup.priorities().stream().flatMap((p) -> p.actions().stream()).toList();

		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			// when
			XSSFSheet sheet = workbook.getSheet("Actions");

			// then
			assertThat(sheet.getLastRowNum()).isEqualTo(actions.size());
			for (int i = 0; i < actions.size(); i++) {
				assertThat(sheet.getRow(i + 1).getCell(2).getStringCellValue()).isEqualTo(actions.get(i).id());
			}
			ActionRollup red = actions.stream()
				.filter((a) -> a.assessedRag() == Rag.RED && a.dueDate() != null)
				.findFirst()
				.orElseThrow();
			XSSFRow row = sheet.getRow(actions.indexOf(red) + 1);
			assertRag(row.getCell(15), Rag.RED);
			assertThat(row.getCell(16).getStringCellValue()).isEqualTo(red.assessedReason());
			assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(red.dueDate());
			assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("d mmm yyyy");
			assertThat(row.getCell(ActionsSheet.PERCENT).getNumericCellValue())
				.isEqualTo(red.percentComplete() / 100.0);
			assertThat(row.getCell(ActionsSheet.PERCENT).getCellStyle().getDataFormatString()).isEqualTo("0%");
			assertThat(row.getCell(ActionsSheet.STATUS).getStringCellValue()).isEqualTo("In progress");
		}
	}

	@Test
	void everyIndicatorHasItsRowWithFiguresFormattedByUnitAndItsHistoryAcross() throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			XSSFSheet sheet = workbook.getSheet("Indicators");
			assertThat(sheet.getLastRowNum()).isEqualTo(rollup.indicators().size());
			IndicatorRollup percent = rollup.indicators()
				.stream()
				.filter((i) -> i.unit().equals("percent") && i.value() != null && i.rag() != Rag.GREY)
				.findFirst()
				.orElseThrow();
			XSSFRow row = sheet.getRow(rollup.indicators().indexOf(percent) + 1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(percent.id());
			assertThat(row.getCell(9).getNumericCellValue()).isCloseTo(percent.value() / 100, within());
			assertThat(row.getCell(9).getCellStyle().getDataFormatString()).endsWith("%");
			assertRag(row.getCell(11), percent.rag());
			XSSFRow headings = sheet.getRow(0);
			int last = headings.getLastCellNum() - 1;
			assertThat(headings.getCell(last).getStringCellValue()).isEqualTo("Oct 2017");
			assertThat(headings.getCell(IndicatorsSheet.HISTORY).getStringCellValue()).isEqualTo("Jun 2016");
			assertThat(row.getCell(last).getNumericCellValue()).isCloseTo(percent.value() / 100, within());
		}
	}

	@Test
	void aMeasureOfTwoPrioritiesIsOneRowWithItsAppendixCodeAndBothPriorities() throws Exception {
		// given the bundled plan lists "% of children have a permanency plan at 4 months"
		// as 5b and 7b
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			// when
			XSSFSheet sheet = workbook.getSheet("Indicators");
			List<XSSFRow> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				String code = sheet.getRow(r).getCell(0).getStringCellValue();
				if (code.startsWith("5b") || code.startsWith("7b")) {
					rows.add(sheet.getRow(r));
				}
			}

			// then
			assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo("5b (7b)");
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo("5; 7");
			});
		}
	}

	@Test
	void actionsSheetIsAFrozenNamedTableWithValidatedEditableColumns() throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			XSSFSheet sheet = workbook.getSheet("Actions");
			assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 3);
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getTables()).singleElement().satisfies((table) -> {
				assertThat(table.getName()).isEqualTo("Actions");
				assertThat(table.getColumns().get(ActionsSheet.STATUS).getName()).isEqualTo("Status");
				assertThat(table.getEndRowIndex()).isEqualTo(sheet.getLastRowNum());
			});
			List<Integer> validated = new ArrayList<>();
			for (DataValidation validation : sheet.getDataValidations()) {
				if (validation.getValidationConstraint().getValidationType() != ValidationType.FORMULA) {
					for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
						validated.add(range.getFirstColumn());
					}
				}
			}
			assertThat(validated).containsExactlyInAnyOrder(ActionsSheet.STATUS, ActionsSheet.PERCENT,
					ActionsSheet.REPORTED, ActionsSheet.REVISED, ActionsSheet.COMMENTARY);
			XSSFRow row = sheet.getRow(1);
			for (int column : new int[] { ActionsSheet.STATUS, ActionsSheet.PERCENT, ActionsSheet.REPORTED,
					ActionsSheet.REVISED, ActionsSheet.COMMENTARY }) {
				assertThat(row.getCell(column).getCellStyle().getFillForegroundXSSFColor().getRGB())
					.as("column %d", column)
					.isEqualTo(Styles.EDITABLE);
			}
			assertThat(row.getCell(3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
			assertThat(sheet.isColumnHidden(ActionsSheet.CHECK)).isTrue();
		}
	}

	@Test
	void actionsAndIndicatorsSortAndFilterUnderProtectionAsExcelAllowsIt() throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			for (String name : List.of("Actions", "Indicators")) {
				XSSFSheet sheet = workbook.getSheet(name);
				int columns = sheet.getRow(0).getLastCellNum();
				// protected, with sorting and the filter buttons left free
				assertThat(sheet.getProtect()).as(name).isTrue();
				assertThat(sheet.isSortLocked()).as(name).isFalse();
				assertThat(sheet.isAutoFilterLocked()).as(name).isFalse();
				// the filter buttons sit on the heading row, over every row and column
				assertThat(sheet.getTables().get(0).getCTTable().getAutoFilter().getRef())
					.isEqualTo(new CellRangeAddress(0, sheet.getLastRowNum(), 0, columns - 1).formatAsString());
				// Excel sorts only a range without a locked cell: every row's cell is
				// unlocked, the headings stay locked
				for (int c = 0; c < columns; c++) {
					assertThat(sheet.getRow(0).getCell(c).getCellStyle().getLocked()).as("%s heading %d", name, c)
						.isTrue();
					for (int r = 1; r <= sheet.getLastRowNum(); r++) {
						assertThat(sheet.getRow(r).getCell(c).getCellStyle().getLocked())
							.as("%s row %d column %d", name, r, c)
							.isFalse();
					}
				}
			}
		}
	}

	@Test
	void theColumnsALeadDoesNotFillInRefuseWhatIsTypedInThem() throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			XSSFSheet actions = workbook.getSheet("Actions");
			List<Integer> refused = new ArrayList<>();
			for (DataValidation validation : refusals(actions)) {
				assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
				assertThat(validation.getErrorBoxText()).startsWith("Only the shaded columns are filled in");
				for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
					assertThat(range.getFirstRow()).isEqualTo(1);
					assertThat(range.getLastRow()).isEqualTo(actions.getLastRowNum());
					for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
						refused.add(c);
					}
				}
			}
			List<Integer> others = new ArrayList<>();
			for (int c = 0; c < ActionsSheet.COLUMNS.size(); c++) {
				if (!ActionsSheet.EDITABLE.contains(c)) {
					others.add(c);
				}
			}
			assertThat(refused).containsExactlyInAnyOrderElementsOf(others).contains(2, ActionsSheet.CHECK);
			XSSFSheet indicators = workbook.getSheet("Indicators");
			assertThat(refusals(indicators)).singleElement()
				.satisfies((validation) -> assertThat(validation.getRegions().getCellRangeAddresses())
					.containsExactly(new CellRangeAddress(1, indicators.getLastRowNum(), 0,
							indicators.getRow(0).getLastCellNum() - 1)));
		}
	}

	@Test
	void summaryChartSaysItsFiguresToAScreenReader() throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			XSSFGraphicFrame chart = workbook.getSheet("Summary")
				.getDrawingPatriarch()
				.getShapes()
				.stream()
				.filter(XSSFGraphicFrame.class::isInstance)
				.map(XSSFGraphicFrame.class::cast)
				.findFirst()
				.orElseThrow();
			var properties = chart.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
			assertThat(properties.getName()).isEqualTo("Chart of actions by RAG");
			assertThat(properties.getTitle()).isEqualTo("Actions by RAG in each priority");
			assertThat(properties.getDescr()).startsWith("Bar chart of actions by RAG status for each priority. ");
			for (PriorityRollup priority : rollup.priorities()) {
				var counts = priority.counts();
				assertThat(properties.getDescr()).contains("Priority " + priority.id() + ", " + priority.title() + ": "
						+ counts.blue() + " blue, " + counts.green() + " green, " + counts.amber() + " amber, "
						+ counts.red() + " red, " + counts.grey() + " grey, " + counts.cancelled() + " cancelled");
			}
		}
	}

	@Test
	void prioritySheetNamesAreWholeWordsWithinExcelsLimitAndUnique() throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			List<String> names = new ArrayList<>();
			for (int i = 0; i < rollup.priorities().size(); i++) {
				PriorityRollup priority = rollup.priorities().get(i);
				String name = workbook.getSheetAt(4 + i).getSheetName();
				String full = priority.id() + " " + priority.title();
				assertThat(name).hasSizeLessThanOrEqualTo(31);
				assertThat(full).startsWith(name);
				assertThat(full.length() == name.length() || full.charAt(name.length()) == ' ')
					.as("%s ends on a whole word of %s", name, full)
					.isTrue();
				names.add(name.toLowerCase(java.util.Locale.ROOT));
			}
			assertThat(names).doesNotHaveDuplicates().contains("2 management oversight");
		}
	}

	@Test
	void summaryActionsAndIndicatorsPrintLandscapeWithTheWideSheetsSeveralPagesAcross() throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			XSSFSheet summary = workbook.getSheet("Summary");
			assertThat(summary.getPrintSetup().getLandscape()).isTrue();
			assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			for (String name : List.of("Actions", "Indicators")) {
				XSSFSheet sheet = workbook.getSheet(name);
				assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
				assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isGreaterThan((short) 1);
				assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
				assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
			}
		}
	}

	private static List<DataValidation> refusals(XSSFSheet sheet) {
		return sheet.getDataValidations()
			.stream()
			.filter((v) -> v.getValidationConstraint().getValidationType() == ValidationType.FORMULA)
			.map(DataValidation.class::cast)
			.toList();
	}

	@Test
	void prioritySheetsPrintLandscapeOneWideWithRepeatedHeadingsAndPageNumbers() throws Exception {
		try (XSSFWorkbook workbook = TrackerFixtures.open(file)) {
			XSSFSheet sheet = workbook.getSheetAt(4);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("6:6"));
			assertThat(sheet.getHeader().getLeft()).contains("Children's Service Improvement Action Plan");
			assertThat(sheet.getHeader().getCenter()).isEqualTo("Priority 1: Leadership and governance");
			assertThat(sheet.getHeader().getRight()).isEqualTo("As at 31 October 2017");
			assertThat(sheet.getFooter().getLeft()).isEqualTo("Illustrative: real plan, generated returns and figures");
			assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
			assertThat(sheet.getProtect()).isTrue();
		}
	}

	@Test
	void theSameRollupGivesTheSameBytes() throws Exception {
		// when
		Path again = TrackerFixtures.render(rollup, TrackerFixtures.BUNDLED, temp.resolve("again"));

		// then
		assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
	}

	static void assertRag(XSSFCell cell, Rag rag) {
		assertThat(cell.getStringCellValue()).isEqualTo(rag.word());
		XSSFCellStyle style = cell.getCellStyle();
		assertThat(style.getFillForegroundXSSFColor().getRGB()).isEqualTo(PALETTE.of(rag).fillRgb());
		assertThat(style.getFont().getXSSFColor().getRGB()).isEqualTo(PALETTE.of(rag).textRgb());
	}

	private static List<Double> numbers(XSSFRow row, int from, int to) {
		List<Double> numbers = new ArrayList<>();
		for (int c = from; c < to; c++) {
			assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
			numbers.add(row.getCell(c).getNumericCellValue());
		}
		return numbers;
	}

	private static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(1e-9);
	}

}
