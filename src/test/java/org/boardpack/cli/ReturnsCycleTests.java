package org.boardpack.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.TestFolders;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month with returns from leads, as the team runs it: each lead's workbook written,
 * filled in, put in {@code updates/2017-10/}, and the pack made from them.
 */
class ReturnsCycleTests {

	/** The Actions sheet's columns, as the tracker writes them. */
	private static final int ACTION = 2;

	private static final int STATUS = 11;

	private static final int PERCENT = 12;

	private static final int COMMENTARY = 17;

	@TempDir
	Path temp;

	private Path programme;

	private Path returns;

	@BeforeEach
	void programmeWithoutOctober() throws IOException {
		this.programme = TestFolders.copy(Path.of(Cli.defaultProgramme()), this.temp.resolve("bromley-csc-2016"));
		Files.delete(this.programme.resolve("updates/2017-10.csv"));
		System.setProperty("boardpack.output-dir", this.temp.resolve("output").toString());
		System.setProperty("boardpack.store-dir", this.temp.resolve("store").toString());
		this.returns = this.temp.resolve("output/bromley-csc-2016/returns/2017-10");
	}

	@AfterEach
	void forgetFolders() {
		System.clearProperty("boardpack.output-dir");
		System.clearProperty("boardpack.store-dir");
	}

	@Test
	void eachLeadGetsAWorkbookOfTheirOpenActionsWithACover() throws Exception {
		// when
		RefusalSupport.Outcome outcome = cli("returns", this.programme.toString(), "--period", "2017-10");

		// then
		assertThat(outcome.status()).as(outcome.err()).isZero();
		List<String> files = list(this.returns);
		assertThat(files).contains("DCS.xlsx", "HOS-QI.xlsx", "HOS-C&R.xlsx", "DED.xlsx").doesNotContain("CEX.xlsx");
		assertThat(outcome.out())
			.contains("Wrote " + files.size() + " return workbooks for October 2017, due 3 November 2017");
		try (XSSFWorkbook dcs = open(this.returns.resolve("DCS.xlsx"))) {
			XSSFSheet cover = dcs.getSheet("Cover");
			assertThat(cover.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Monthly return for October 2017: Director of Children's Services");
			assertThat(labelled(cover)).containsEntry("Lead", "DCS")
				.containsEntry("Period", "2017-10")
				.containsEntry("Return by", "3 November 2017");
			XSSFSheet actions = dcs.getSheet("Actions");
			assertThat(actions.getRow(0).getCell(STATUS).getStringCellValue()).isEqualTo("Status");
			assertThat(actions.getLastRowNum()).isPositive();
			for (int r = 1; r <= actions.getLastRowNum(); r++) {
				assertThat(actions.getRow(r).getCell(4).getStringCellValue()).as("lead of row %d", r)
					.matches("(.*/)?DCS(/.*)?");
				assertThat(actions.getRow(r).getCell(STATUS).getStringCellValue()).isNotIn("Complete", "Cancelled");
			}
			assertThat(actions.getDataValidations()).isNotEmpty();
		}
	}

	@Test
	void twoFilledWorkbooksMakeThePackAndTheRestAreMissing() throws Exception {
		// given
		assertThat(cli("returns", this.programme.toString(), "--period", "2017-10").status()).isZero();
		Path october = Files.createDirectories(this.programme.resolve("updates/2017-10"));
		List<String> dcsActions = fill(this.returns.resolve("DCS.xlsx"), october.resolve("DCS.xlsx"), "A Clerk",
				"Reviewed at the October leadership meeting.");
		List<String> dedActions = fill(this.returns.resolve("DED.xlsx"), october.resolve("DED.xlsx"), "B Officer",
				"Education update.");

		// when
		RefusalSupport.Outcome run = cli("run", this.programme.toString(), "--period", "2017-10");

		// then
		assertThat(run.status()).as(run.err()).isZero();
		Rollup rollup = RollupJson.read(this.temp.resolve("output/bromley-csc-2016/2017-10/rollup.json"));
		Map<String, ActionRollup> actions = byId(rollup);
		ActionRollup dcs = actions.get(dcsActions.get(0));
		assertThat(dcs.percentComplete()).isEqualTo(90);
		assertThat(dcs.commentary()).isEqualTo("Reviewed at the October leadership meeting.");
		assertThat(dcs.updateMissing()).isFalse();
		assertThat(dcs.returnLead()).isEqualTo("DCS");
		assertThat(dcs.returnFile()).isEqualTo("updates/2017-10/DCS.xlsx");
		assertThat(dcs.updatedBy()).isEqualTo("A Clerk");
		assertThat(actions.get(dedActions.get(0)).returnLead()).isEqualTo("DED");
		assertThat(actions.get(dedActions.get(0)).updatedBy()).isEqualTo("B Officer");
		List<ActionRollup> others = actions.values()
			.stream()
			.filter((a) -> !dcsActions.contains(a.id()) && !dedActions.contains(a.id()))
			.filter((a) -> !a.status().equals("complete") && !a.status().equals("cancelled"))
			.toList();
		assertThat(others).isNotEmpty().allSatisfy((a) -> assertThat(a.updateMissing()).as(a.id()).isTrue());
		assertThat(run.out()).containsPattern("Not returned this period: .*HOS QI")
			.doesNotContainPattern("Not returned this period: .*\\bDCS,");
		try (XSSFWorkbook tracker = open(this.temp.resolve("output/bromley-csc-2016/2017-10/rag-tracker.xlsx"))) {
			XSSFSheet sheet = tracker.getSheet("Actions");
			assertThat(sheet.getRow(0).getCell(21).getStringCellValue()).isEqualTo("Returned by");
			Row row = rowOf(sheet, dcsActions.get(0));
			assertThat(row.getCell(21).getStringCellValue())
				.isEqualTo("DCS in updates/2017-10/DCS.xlsx; updated by A Clerk on 30 Oct 2017");
		}
		assertThat(Files.readString(this.temp.resolve("output/bromley-csc-2016/2017-10/rollup.json")))
			.contains("\"returnFile\" : \"updates/2017-10/DED.xlsx\"", "\"returnLead\" : \"DED\"");
		String exceptions = pdfText(this.temp.resolve("output/bromley-csc-2016/2017-10/exception-report.pdf"));
		assertThat(exceptions).contains("Leads who have not returned this period:",
				"HOS QI (Head of Service, Quality Improvement):");
		assertThat(Files.readString(this.temp.resolve("output/bromley-csc-2016/2017-10/board-paper.html")))
			.containsPattern("<li>Leads who have not returned: [^<]*HOS QI")
			.doesNotContain("No returns have come in");
	}

	@Test
	void aMonthWithNoReturnsAtAllIsCalledOutOnTheFirstPageAndInTheSummary() throws Exception {
		// when
		RefusalSupport.Outcome run = cli("run", this.programme.toString(), "--period", "2017-10");

		// then
		assertThat(run.status()).as(run.err()).isZero();
		String warning = "No returns have come in from any lead for October 2017: every open action is counted as "
				+ "a missing update";
		assertThat(run.out()).contains("Warning: " + warning);
		String paper = pdfText(this.temp.resolve("output/bromley-csc-2016/2017-10/board-paper.pdf"));
		String firstPage = paper.substring(0, paper.indexOf('\f'));
		assertThat(firstPage.replaceAll("\\s+", " ")).contains(warning);
		assertThat(pdfText(this.temp.resolve("output/bromley-csc-2016/2017-10/exception-report.pdf")).replaceAll("\\s+",
				" "))
			.contains(warning);
	}

	@Test
	void statusListsEachLeadWithReturnedMissingAndTheDueDate() throws Exception {
		// given
		assertThat(cli("returns", this.programme.toString(), "--period", "2017-10").status()).isZero();
		Path october = Files.createDirectories(this.programme.resolve("updates/2017-10"));
		int dcs = fill(this.returns.resolve("DCS.xlsx"), october.resolve("DCS.xlsx"), "A Clerk", "Done.").size();

		// when
		RefusalSupport.Outcome status = cli("returns", this.programme.toString(), "--period", "2017-10", "--status");

		// then
		assertThat(status.status()).as(status.err()).isZero();
		assertThat(status.out())
			.contains("Returns for Oct 2017 of Children's Service Improvement Action Plan, due "
					+ "3 November 2017: 3 of 11 leads returned.")
			.containsPattern("(?m)^DCS +" + dcs + " +0 +returned$")
			.containsPattern("(?m)^HOS QI +0 +[1-9][0-9]* +3 Nov 2017$");
	}

	@Test
	void twoReturnsThatDisagreeAreRefusedNamingBothAndNothingIsWritten() throws Exception {
		// given
		assertThat(cli("returns", this.programme.toString(), "--period", "2017-10").status()).isZero();
		Path october = Files.createDirectories(this.programme.resolve("updates/2017-10"));
		List<String> dcs = fill(this.returns.resolve("DCS.xlsx"), october.resolve("DCS.xlsx"), "A Clerk", "DCS view.");
		Files.writeString(october.resolve("late.csv"),
				"action_id,status,percent_complete,rag,commentary,revised_due_date,rebaselined,updated_by,updated_on\n"
						+ dcs.get(0) + ",in-progress,50,,DCS view.,,,,\n");

		// when
		RefusalSupport.Outcome run = cli("run", this.programme.toString(), "--period", "2017-10");

		// then
		assertThat(run.status()).isEqualTo(3);
		assertThat(run.err())
			.contains("updates/2017-10/late.csv:2: action " + dcs.get(0)
					+ " is returned differently in updates/2017-10/DCS.xlsx[Actions] row 2")
			.contains("Nothing was stored or written.");
		assertThat(this.temp.resolve("output/bromley-csc-2016/2017-10")).doesNotExist();
	}

	/**
	 * Fills every action of a lead's workbook as the lead would in a spreadsheet, and
	 * saves it as their return; gives the actions in it.
	 */
	private static List<String> fill(Path workbook, Path target, String by, String commentary) throws IOException {
		try (XSSFWorkbook book = open(workbook); OutputStream out = Files.newOutputStream(target)) {
			XSSFSheet cover = book.getSheet("Cover");
			for (Row row : cover) {
				if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Completed by")) {
					row.getCell(1).setCellValue(by);
				}
				if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Completed on")) {
					row.getCell(1).setCellValue("30/10/2017");
				}
			}
			XSSFSheet actions = book.getSheet("Actions");
			List<String> ids = new java.util.ArrayList<>();
			for (int r = 1; r <= actions.getLastRowNum(); r++) {
				Row row = actions.getRow(r);
				set(row, STATUS, "In progress");
				row.getCell(PERCENT).setCellValue(0.9);
				set(row, COMMENTARY, commentary);
				ids.add(row.getCell(ACTION).getStringCellValue());
			}
			book.write(out);
			return ids;
		}
	}

	/** Types over a streamed text cell: made afresh in the same style. */
	private static void set(Row row, int column, String value) {
		var style = row.getCell(column).getCellStyle();
		row.removeCell(row.getCell(column));
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		cell.setCellValue(value);
	}

	private static Row rowOf(XSSFSheet sheet, String actionId) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(ACTION).getStringCellValue().equals(actionId)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + actionId);
	}

	@Test
	void checkListsEveryProblemOfOneReturnAsFileRowColumnAndWritesNothing() throws Exception {
		// given
		assertThat(cli("returns", this.programme.toString(), "--period", "2017-10").status()).isZero();
		Path filled = this.temp.resolve("DCS.xlsx");
		List<String> ids = fill(this.returns.resolve("DCS.xlsx"), filled, "A Clerk", "Fine.");
		Path broken = this.temp.resolve("dcs-october.csv");
		Files.writeString(broken,
				"action_id,status,percent_complete,rag,commentary,revised_due_date,rebaselined,updated_by,updated_on\n"
						+ ids.get(0) + ",finished,140,,,31/02/2018,,,\n9.9.9,in-progress,10,,,,,,\n");

		// when
		RefusalSupport.Outcome good = cli("check", filled.toString());
		RefusalSupport.Outcome bad = cli("check", broken.toString(), "--period", "2017-10");

		// then
		assertThat(good.status()).as(good.err()).isZero();
		assertThat(good.out()).contains("is a valid return for 2017-10: " + ids.size() + " actions updated.");
		assertThat(bad.status()).isEqualTo(3);
		String file = Path.of("").toAbsolutePath().relativize(broken).toString();
		assertThat(bad.err()).contains(file + ":2:B (status): \"finished\" is not one of",
				file + ":2:C (percent_complete): 140 is more than 100: give a whole number from 0 to 100",
				file + ":2:F (revised_due_date): \"31/02/2018\" is not a date that exists",
				file + ":3:A (action_id): unknown action \"9.9.9\"");
		assertThat(this.temp.resolve("output/bromley-csc-2016/2017-10")).doesNotExist();
		assertThat(this.temp.resolve("store")).doesNotExist();
	}

	private static String pdfText(Path pdf) throws Exception {
		Process text = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
		String words = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(text.waitFor()).isZero();
		return words;
	}

	private static Map<String, String> labelled(XSSFSheet sheet) {
		Map<String, String> values = new java.util.HashMap<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(1) != null && row.getCell(0) != null) {
				values.put(row.getCell(0).getStringCellValue(),
						new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(1)));
			}
		}
		return values;
	}

	private static Map<String, ActionRollup> byId(Rollup rollup) {
		Map<String, ActionRollup> actions = new java.util.LinkedHashMap<>();
		rollup.priorities().forEach((p) -> p.actions().forEach((a) -> actions.put(a.id(), a)));
		return actions;
	}

	private static List<String> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((f) -> f.getFileName().toString()).sorted().toList();
		}
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static RefusalSupport.Outcome cli(String... args) {
		return RefusalSupport.cli(args);
	}

}
