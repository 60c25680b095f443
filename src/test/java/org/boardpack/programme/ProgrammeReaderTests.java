package org.boardpack.programme;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Problem;
import org.boardpack.plan.Action;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.Rag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class ProgrammeReaderTests {

	private static final String SETTINGS = """
			id: test-plan
			title: Test improvement plan
			authority: Test Borough
			start: 2016-06
			end: 2017-10
			leads:
			  CEX: Chief Executive
			""";

	private static final String PRIORITIES = """
			priority_id,title,lead,summary
			1,Leadership and governance,DCS,A permanent director and strong governance
			2,Quality assurance,DCS,Audits and supervision
			""";

	private static final String ISSUES = """
			issue_id,priority_id,description,reference
			1.1,1,Leadership capacity needs resolving,Para 99 Rec 1
			2.1,2,Audits are not regular,Para 100
			""";

	private static final String ACTIONS = """
			action_id,priority_id,issue_id,description,lead,agencies,timescale,start_date,due_date
			1.1.1,1,1.1,Appoint a permanent DCS,CEX,,Sep 16,2016-09-01,2016-09-30
			1.1.2,1,1.1,Set up the improvement board,CEX,LSCB,Oct 16,2016-10-01,2016-10-31
			2.1.1,2,2.1,Audit case files every month,HOS QI,,Ongoing,,
			""";

	private static final String UPDATES = """
			action_id,status,percent_complete,rag,commentary,revised_due_date,rebaselined,updated_by,updated_on
			1.1.1,complete,100,blue,Appointed,,,CEX,2016-10-20
			1.1.2,in-progress,60,green,Board meets monthly,2016-11-30,yes,CEX,2016-10-21
			""";

	private static final String INDICATORS = """
			indicator_id,priority_id,title,unit,polarity,accumulation,source,type,tolerance
			2a,2,Case file audits completed,count,higher-better,in-month,Quality Audits,key,
			2b,2,Audits rated good or better,percent,higher-better,in-month,Quality Audits,standard,5
			""";

	private static final String TARGETS = """
			indicator_id,year,target
			2a,2016/17,60..120
			2b,2016/17,70
			""";

	private static final String BENCHMARKS = """
			indicator_id,comparator,year,value
			2b,national,2015/16,65
			""";

	private static final String BASELINES = """
			indicator_id,year,value,note
			2a,2015/16,30,
			""";

	private static final String VALUES = """
			indicator_id,period,value,numerator,denominator,note
			2a,2016-09,81,,,
			2a,2016-10,98,,,
			2b,2016-10,71%,71,100,
			""";

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	@TempDir
	Path tempDir;

	@Test
	void theReturnsOfALargeProgrammeAreReadAgainWhenUsedAndAreTheSameAsWhenHeld() {
		// given
		Path bundled = Path.of("jobs/bromley-csc-2016");

		// when
		ProgrammeInput held = ProgrammeReader.read(bundled);
		ProgrammeInput reread = ProgrammeReader.read(bundled, 0);

		// then
		assertThat(reread.updates()).isEqualTo(held.updates()).hasSize(14);
		assertThat(reread.updates().get(YearMonth.of(2017, 10)).stream().map(ActionUpdate::commentary).toList())
			.containsExactlyElementsOf(
					held.updates().get(YearMonth.of(2017, 10)).stream().map(ActionUpdate::commentary).toList());
	}

	@Test
	void aCleanFolderIsReadWithEveryRow() throws IOException {
		// given
		Path folder = programme();

		// when
		ProgrammeInput input = ProgrammeReader.read(folder);

		// then
		assertThat(input.settings().id()).isEqualTo("test-plan");
		assertThat(input.settings().leadTitle("CEX")).isEqualTo("Chief Executive");
		assertThat(input.priorities()).hasSize(2);
		assertThat(input.issues()).hasSize(2);
		assertThat(input.actions()).hasSize(3);
		assertThat(input.indicators()).hasSize(2);
		assertThat(input.targets()).hasSize(2);
		assertThat(input.benchmarks()).hasSize(1);
		assertThat(input.baselines()).hasSize(1);
		assertThat(input.values()).hasSize(3);
		assertThat(input.updates()).containsOnlyKeys(YearMonth.of(2016, 10));
		assertThat(input.updates().get(YearMonth.of(2016, 10))).hasSize(2);
		assertThat(input.latestPeriod()).isEqualTo(YearMonth.of(2016, 10));
		assertThat(input.checksums()).containsOnlyKeys("programme.yml", "plan/priorities.csv", "plan/issues.csv",
				"plan/actions.csv", "indicators/indicators.csv", "indicators/targets.csv", "indicators/benchmarks.csv",
				"indicators/baselines.csv", "indicators/values.csv", "updates/2016-10.csv");
	}

	@Test
	void aCleanFolderIsReadIntoTheRightValues() throws IOException {
		// given
		Path folder = programme();

		// when
		ProgrammeInput input = ProgrammeReader.read(folder);

		// then
		assertThat(input.actions()).first()
			.isEqualTo(new Action("1.1.1", "1", "1.1", "Appoint a permanent DCS", "CEX", "", "Sep 16",
					LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30)));
		assertThat(input.actions()).last().satisfies((action) -> {
			assertThat(action.startDate()).isNull();
			assertThat(action.dueDate()).isNull();
		});
		assertThat(input.updates().get(YearMonth.of(2016, 10))).last()
			.isEqualTo(new ActionUpdate(YearMonth.of(2016, 10), "1.1.2", ActionStatus.IN_PROGRESS, 60, Rag.GREEN,
					"Board meets monthly", LocalDate.of(2016, 11, 30), true, "CEX", LocalDate.of(2016, 10, 21),
					"updates/2016-10.csv", "CEX"));
		assertThat(input.values()).last()
			.isEqualTo(new IndicatorValue("2b", YearMonth.of(2016, 10), 71, 71.0, 100.0, ""));
	}

	@Test
	void unknownIdsAreReported() throws IOException {
		// given
		Path folder = programme();
		write(folder, "plan/issues.csv", ISSUES + "3.1,3,An issue of a priority that does not exist,\n");
		write(folder, "indicators/targets.csv", TARGETS + "9z,2016/17,50\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("plan/issues.csv:4:B (priority_id): unknown priority \"3\"",
				"indicators/targets.csv:4:A (indicator_id): unknown indicator \"9z\"");
	}

	@Test
	void aMeasureOfSeveralPrioritiesIsOneIndicatorWithItsAppendixCodes() throws IOException {
		// given
		Path folder = programme();
		write(folder, "indicators/indicators.csv", """
				indicator_id,priority_id,appendix_code,title,unit,polarity,accumulation,source,type,tolerance
				2a,1; 2,A9;A10,Case file audits completed,count,higher-better,in-month,Quality Audits,key,
				2b,,,Audits rated good or better,percent,higher-better,in-month,Quality Audits,standard,5
				""");

		// when
		ProgrammeInput input = ProgrammeReader.read(folder);

		// then
		assertThat(input.indicators()).extracting(Indicator::id, Indicator::priorityIds, Indicator::appendixCodes)
			.containsExactly(tuple("2a", List.of("1", "2"), List.of("A9", "A10")), tuple("2b", List.of(), List.of()));
	}

	@Test
	void unknownPrioritiesAndAppendixCodesUsedTwiceAreReportedAtTheirCells() throws IOException {
		// given
		Path folder = programme();
		write(folder, "indicators/indicators.csv", """
				indicator_id,priority_id,appendix_code,title,unit,polarity,accumulation,source,type,tolerance
				2a,2;9,A9,Case file audits completed,count,higher-better,in-month,Quality Audits,key,
				2b,2;2,A9,Audits rated good or better,percent,higher-better,in-month,Quality Audits,standard,5
				2c,1,2a,Audits of supervision,percent,higher-better,in-month,Quality Audits,standard,
				""");
		write(folder, "indicators/values.csv", VALUES + "A9,2016-11,80,,,\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("indicators/indicators.csv:2:B (priority_id): unknown priority \"9\"",
				"indicators/indicators.csv:3:B (priority_id): priority \"2\" is named twice",
				"indicators/indicators.csv:3:C (appendix_code): appendix code \"A9\" is already used on row 2",
				"indicators/indicators.csv:4:C (appendix_code): appendix code \"2a\" is the id of the indicator on "
						+ "row 2; list the measure once",
				"indicators/values.csv:5:A (indicator_id): \"A9\" is the appendix code of indicator 2a; write its "
						+ "figures under 2a");
	}

	@Test
	void anActionNamingAnUnknownIssueIsReported() throws IOException {
		// given: 2.1.2 is not updated, so its absence from the plan changes nothing else
		Path folder = programme();
		write(folder, "plan/actions.csv", ACTIONS + "2.1.2,2,2.9,Audit supervision,HOS QI,,Monthly,,\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("plan/actions.csv:5:C (issue_id): unknown issue \"2.9\"");
	}

	@Test
	void duplicateIdsNameTheRowWhereTheIdFirstAppears() throws IOException {
		// given
		Path folder = programme();
		write(folder, "plan/priorities.csv", PRIORITIES + "1,Leadership again,DCS,\n");
		write(folder, "indicators/indicators.csv",
				INDICATORS + "2a,2,Audits again,count,higher-better,in-month,Quality Audits,,\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly(
				"plan/priorities.csv:4:A (priority_id): duplicate priority_id \"1\" (first on row 2)",
				"indicators/indicators.csv:4:A (indicator_id): duplicate indicator_id \"2a\" (first on row 2)");
	}

	@Test
	void anUpdateForAnUnknownActionIsReported() throws IOException {
		// given
		Path folder = programme();
		write(folder, "updates/2016-10.csv", UPDATES + "1.1.9,in-progress,10,green,,,,CEX,2016-10-21\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("updates/2016-10.csv:4:A (action_id): unknown action \"1.1.9\"");
	}

	@Test
	void aValueForAnUnknownIndicatorIsReported() throws IOException {
		// given
		Path folder = programme();
		write(folder, "indicators/values.csv", VALUES + "10a,2016-10,12,,,\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("indicators/values.csv:5:A (indicator_id): unknown indicator \"10a\"");
	}

	@Test
	void aDateTypedTheUkWayIsReadDayFirst() throws IOException {
		// given
		Path folder = programme();
		write(folder, "plan/actions.csv", ACTIONS.replace("2016-10-31", "31/10/2016"));
		write(folder, "updates/2016-10.csv", UPDATES.replace("2016-11-30", "1/11/2016"));

		// when
		ProgrammeInput input = ProgrammeReader.read(folder);

		// then
		assertThat(input.actions().get(1).dueDate()).isEqualTo(LocalDate.of(2016, 10, 31));
		assertThat(input.updates().get(YearMonth.of(2016, 10)).get(1).revisedDueDate())
			.isEqualTo(LocalDate.of(2016, 11, 1));
	}

	@Test
	void anImpossibleOrAmbiguousDateIsReportedAtItsCell() throws IOException {
		// given
		Path folder = programme();
		write(folder, "plan/actions.csv", ACTIONS.replace("2016-10-31", "10/31/2016").replace("2016-09-30", "30/9/16"));
		write(folder, "updates/2016-10.csv", UPDATES.replace("2016-11-30", "31/11/2016"));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly(
				"plan/actions.csv:2:I (due_date): \"30/9/16\" is ambiguous: the year must have four digits; "
						+ "write it as DD/MM/YYYY",
				"plan/actions.csv:3:I (due_date): \"10/31/2016\" has month 31: dates are read day first "
						+ "(DD/MM/YYYY); is it a US date for 31 October 2016?",
				"updates/2016-10.csv:3:F (revised_due_date): \"31/11/2016\" is not a date that exists "
						+ "(there is no 31 November 2016)");
	}

	@Test
	void aPercentCompleteOutsideZeroToHundredIsReported() throws IOException {
		// given
		Path folder = programme();
		write(folder, "updates/2016-10.csv", UPDATES.replace(",60,", ",140,")
				+ "2.1.1,in-progress,-5,green,,,,HOS QI,2016-10-21\n" + "2.1.1,in-progress,12.5,green,,,,HOS QI,\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly(
				"updates/2016-10.csv:3:C (percent_complete): 140 is more than 100: give a whole number from 0 to 100",
				"updates/2016-10.csv:4:C (percent_complete): -5 is less than 0: give a whole number from 0 to 100",
				"updates/2016-10.csv:5:C (percent_complete): 12.5 is not a whole number: give a whole number from 0 to 100");
	}

	@Test
	void anUnknownStatusIsReportedWithTheWordsAllowed() throws IOException {
		// given
		Path folder = programme();
		write(folder, "updates/2016-10.csv", UPDATES.replace("in-progress", "started"));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("updates/2016-10.csv:3:B (status): \"started\" is not one of: "
				+ "not-started, in-progress, complete, on-hold, cancelled");
	}

	@Test
	void anUnknownRagWordIsReportedWithTheWordsAllowed() throws IOException {
		// given
		Path folder = programme();
		write(folder, "updates/2016-10.csv", UPDATES.replace(",green,", ",purple,"));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly(
				"updates/2016-10.csv:3:D (rag): \"purple\" is not one of: blue, green, amber, red, grey or empty");
	}

	@Test
	void aValueThatIsNotANumberIsReported() throws IOException {
		// given
		Path folder = programme();
		write(folder, "indicators/values.csv", VALUES.replace(",98,", ",n/a,"));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("indicators/values.csv:3:C (value): \"n/a\" is not a number");
	}

	@Test
	void aValueForAPeriodOutsideTheProgrammeIsReported() throws IOException {
		// given
		Path folder = programme();
		write(folder, "indicators/values.csv", VALUES + "2a,2017-11,90,,,\n2a,2016-5,90,,,\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly(
				"indicators/values.csv:5:B (period): 2017-11 is outside the programme (2016-06 to 2017-10)",
				"indicators/values.csv:6:B (period): \"2016-5\" is not a period; write it as YYYY-MM");
	}

	@Test
	void anUpdatesFileNamedForAMonthOutsideTheProgrammeIsReported() throws IOException {
		// given
		Path folder = programme();
		write(folder, "updates/2016-05.csv", UPDATES);
		write(folder, "updates/October.csv", UPDATES);

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly(
				"updates/2016-05.csv: is for 2016-05, outside the programme (2016-06 to 2017-10)",
				"updates/October.csv: is not named after a period; name it YYYY-MM.csv or YYYY-MM.xlsx");
	}

	@Test
	void aFileWhoseHeaderLacksAColumnIsReportedOnItsHeaderRow() throws IOException {
		// given
		Path folder = programme();
		write(folder, "indicators/targets.csv", """
				indicator_id,year,value
				2a,2016/17,60..120
				""");
		write(folder, "updates/2016-10.csv", """
				action_id,status,rag,commentary,revised_due_date,rebaselined,updated_by,updated_on
				1.1.1,complete,blue,Appointed,,,CEX,2016-10-20
				""");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly(
				"indicators/targets.csv:1: the header lacks target; expected columns: indicator_id,year,target",
				"updates/2016-10.csv:1: the header lacks percent_complete; expected columns: action_id,status,"
						+ "percent_complete,rag,commentary,revised_due_date,rebaselined,updated_by,updated_on");
	}

	@Test
	void aMissingRequiredFileIsReported() throws IOException {
		// given: no update returns either, which would name actions that the plan can no
		// longer show
		Path folder = programme();
		Files.delete(folder.resolve("plan/actions.csv"));
		Files.delete(folder.resolve("updates/2016-10.csv"));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems)
			.containsExactly("plan/actions.csv: is missing (nor is there a sheet \"actions\" in programme.xlsx)");
	}

	@Test
	void aMissingProgrammeYmlIsReported() throws IOException {
		// given
		Path folder = programme();
		Files.delete(folder.resolve("programme.yml"));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems)
			.containsExactly("programme.yml: is missing or cannot be read; every programme folder needs one");
	}

	@Test
	void anUnknownSettingInProgrammeYmlIsReportedAsAProblemNotACrash() throws IOException {
		// given
		Path folder = programme();
		write(folder, "programme.yml", SETTINGS + "colour: blue\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).singleElement().asString().startsWith("programme.yml:").contains("\"colour\"");
	}

	@Test
	void anUnknownSettingInProgrammeYmlIsReportedOnItsOwnLineInPlainWords() throws IOException {
		// given
		Path folder = programme();
		write(folder, "programme.yml", """
				id: test-plan
				title: Test improvement plan
				colour: blue
				start: 2016-06
				end: 2017-10
				""");

		// when
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.read(folder));

		// then
		assertThat(ex.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("programme.yml");
			assertThat(problem.row()).isEqualTo(3);
			assertThat(problem.column()).isNull();
			assertThat(problem.message()).contains("\"colour\"").doesNotContain("org.boardpack", "ignorable");
		});
	}

	@Test
	void aBadMonthInProgrammeYmlIsReportedInPlainWords() throws IOException {
		// given
		Path folder = programme();
		write(folder, "programme.yml", SETTINGS.replace("end: 2017-10", "end: 2017-13"));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).singleElement()
			.asString()
			.startsWith("programme.yml:5: ")
			.contains("end", "\"2017-13\"", "YYYY-MM")
			.doesNotContain("java.", "deserialize");
	}

	@Test
	void aMissingSettingInProgrammeYmlIsReported() throws IOException {
		// given
		Path folder = programme();
		write(folder, "programme.yml", SETTINGS.replace("id: test-plan\n", ""));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("programme.yml: lacks the setting id");
	}

	@Test
	void anIdThatDiffersFromTheFolderNameIsReported() throws IOException {
		// given
		Path folder = programme();
		write(folder, "programme.yml", SETTINGS.replace("id: test-plan", "id: Test_Plan"));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly(
				"programme.yml: id \"Test_Plan\" must be lower-case letters, digits and hyphens",
				"programme.yml: id \"Test_Plan\" differs from the folder name \"test-plan\"");
	}

	@Test
	void everyProblemInEveryFileIsReportedAtOnce() throws IOException {
		// given
		Path folder = programme();
		write(folder, "plan/priorities.csv", PRIORITIES + "2,Quality again,DCS,\n");
		write(folder, "plan/actions.csv", ACTIONS.replace("2016-09-30", "Sept 2016"));
		write(folder, "indicators/indicators.csv", INDICATORS.replace(",standard,5", ",main,5"));
		write(folder, "indicators/values.csv", VALUES.replace(",98,", ",ninety,"));
		write(folder, "updates/2016-10.csv", UPDATES.replace(",60,", ",140,").replace(",blue,", ",black,"));
		write(folder, "updates/2016-11.csv", UPDATES.replace("in-progress", "started"));

		// when
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.read(folder));

		// then
		assertThat(ex.problems()).extracting(Problem::toString)
			.containsExactly("plan/priorities.csv:4:A (priority_id): duplicate priority_id \"2\" (first on row 3)",
					"plan/actions.csv:2:I (due_date): \"Sept 2016\" is not a date; write it as DD/MM/YYYY or YYYY-MM-DD",
					"indicators/indicators.csv:3:H (type): \"main\" is not one of: key, standard",
					"indicators/values.csv:3:C (value): \"ninety\" is not a number",
					"updates/2016-10.csv:2:D (rag): \"black\" is not one of: blue, green, amber, red, grey or empty",
					"updates/2016-10.csv:3:C (percent_complete): 140 is more than 100: give a whole number from 0 to 100",
					"updates/2016-11.csv:3:B (status): \"started\" is not one of: "
							+ "not-started, in-progress, complete, on-hold, cancelled");
		assertThat(ex).hasMessageStartingWith("7 problems in the input:\nplan/priorities.csv:4:A (priority_id)");
	}

	@Test
	void extraColumnsAreIgnoredWhereverTheyStand() throws IOException {
		// given
		Path folder = programme();
		write(folder, "plan/actions.csv",
				"""
						action_id,rag_last_year,priority_id,issue_id,description,lead,agencies,timescale,start_date,due_date,notes
						1.1.1,red,1,1.1,Appoint a permanent DCS,CEX,,Sep 16,2016-09-01,2016-09-30,kept by the SIT
						1.1.2,,1,1.1,Set up the improvement board,CEX,LSCB,Oct 16,2016-10-01,2016-10-31,
						2.1.1,green,2,2.1,Audit case files every month,HOS QI,,Ongoing,,,kept by the SIT
						""");
		write(folder, "indicators/indicators.csv", """
				indicator_id,priority_id,title,unit,polarity,accumulation,source,type,tolerance,category
				2a,2,Case file audits completed,count,higher-better,in-month,Quality Audits,key,,Quality
				2b,2,Audits rated good or better,percent,higher-better,in-month,Quality Audits,standard,5,Quality
				""");

		// when
		ProgrammeInput input = ProgrammeReader.read(folder);

		// then
		assertThat(input.actions()).first()
			.isEqualTo(new Action("1.1.1", "1", "1.1", "Appoint a permanent DCS", "CEX", "", "Sep 16",
					LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30)));
		assertThat(input.actions()).hasSize(3);
		assertThat(input.indicators()).hasSize(2);
	}

	@Test
	void aProblemInAFileWithExtraColumnsNamesTheColumnWhereItStands() throws IOException {
		// given
		Path folder = programme();
		write(folder, "plan/actions.csv", """
				action_id,notes,priority_id,issue_id,description,lead,agencies,timescale,start_date,due_date
				1.1.1,,1,1.1,Appoint a permanent DCS,CEX,,Sep 16,2016-09-01,2016-09-30
				1.1.2,,1,1.1,Set up the improvement board,CEX,LSCB,Oct 16,2016-10-01,tomorrow
				2.1.1,,2,2.1,Audit case files every month,HOS QI,,Ongoing,,
				""");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly(
				"plan/actions.csv:3:J (due_date): \"tomorrow\" is not a date; write it as DD/MM/YYYY or YYYY-MM-DD");
	}

	@Test
	void aProgrammeWorkbookReadsTheSameAsCsvFiles() throws IOException {
		// given
		Path csvFolder = programme();
		Path xlsxFolder = this.tempDir.resolve("workbook").resolve("test-plan");
		write(xlsxFolder, "programme.yml", SETTINGS);
		write(xlsxFolder, "updates/2016-10.csv", UPDATES);
		workbook(xlsxFolder.resolve("programme.xlsx"), "priorities", PRIORITIES, "issues", ISSUES, "actions", ACTIONS,
				"indicators", INDICATORS, "targets", TARGETS, "benchmarks", BENCHMARKS, "baselines", BASELINES,
				"values", VALUES);

		// when
		ProgrammeInput fromCsv = ProgrammeReader.read(csvFolder);
		ProgrammeInput fromXlsx = ProgrammeReader.read(xlsxFolder);

		// then
		assertThat(fromXlsx).usingRecursiveComparison().ignoringFields("checksums").isEqualTo(fromCsv);
		assertThat(fromXlsx.actions()).hasSize(3);
		assertThat(fromXlsx.values()).hasSize(3);
		assertThat(fromXlsx.checksums()).containsOnlyKeys("programme.yml", "programme.xlsx", "updates/2016-10.csv");
	}

	@Test
	void aProblemInAProgrammeWorkbookNamesTheSheet() throws IOException {
		// given
		Path folder = this.tempDir.resolve("test-plan");
		write(folder, "programme.yml", SETTINGS);
		workbook(folder.resolve("programme.xlsx"), "priorities", PRIORITIES, "actions", """
				action_id,priority_id,issue_id,description,lead,agencies,timescale,start_date,due_date
				1.0.1,1,,Appoint a permanent DCS,CEX,,Sep 16,2016-09-01,2016-09-30
				1.0.2,7,,Set up the improvement board,CEX,,Oct 16,2016-10-01,2016-10-31
				""");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("programme.xlsx[actions]:3:B (priority_id): unknown priority \"7\"");
	}

	@Test
	void anUpdateReturnMayBeAWorkbookWithAnActionsSheet() throws IOException {
		// given
		Path folder = programme();
		workbook(folder.resolve("updates/2016-11.xlsx"), "Guidance", """
				how to fill in
				one row per action
				""", "Actions", """
				action_id,status,percent_complete,rag,commentary,revised_due_date,rebaselined,updated_by,updated_on
				1.1.2,complete,100,blue,Board in place,,no,CEX,2016-11-18
				2.1.1,in-progress,25,amber,First audits done,,,HOS QI,2016-11-20
				""");

		// when
		ProgrammeInput input = ProgrammeReader.read(folder);

		// then
		assertThat(input.updates()).containsOnlyKeys(YearMonth.of(2016, 10), YearMonth.of(2016, 11));
		assertThat(input.updates().get(YearMonth.of(2016, 11)))
			.containsExactly(new ActionUpdate(YearMonth.of(2016, 11), "1.1.2", ActionStatus.COMPLETE, 100, Rag.BLUE,
					"Board in place", null, false, "CEX", LocalDate.of(2016, 11, 18), "updates/2016-11.xlsx", "CEX"),
					new ActionUpdate(YearMonth.of(2016, 11), "2.1.1", ActionStatus.IN_PROGRESS, 25, Rag.AMBER,
							"First audits done", null, false, "HOS QI", LocalDate.of(2016, 11, 20),
							"updates/2016-11.xlsx", "HOS QI"));
		assertThat(input.checksums()).containsKey("updates/2016-11.xlsx");
	}

	@Test
	void aProblemInAnUpdateWorkbookNamesTheFileSheetAndExcelRow() throws IOException {
		// given
		Path folder = programme();
		workbook(folder.resolve("updates/2016-11.xlsx"), "Actions", """
				action_id,status,percent_complete,rag,commentary,revised_due_date,rebaselined,updated_by,updated_on
				1.1.2,complete,100,blue,Board in place,,no,CEX,2016-11-18
				2.1.1,in-progress,250,amber,First audits done,,,HOS QI,2016-11-20
				""");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly(
				"updates/2016-11.xlsx[Actions]:3:C (percent_complete): 250 is more than 100: give a whole number from 0 to 100");
	}

	@Test
	void valuesAreCheckedEvenWhenProgrammeYmlIsInvalid() throws IOException {
		// given
		Path folder = programme();
		write(folder, "programme.yml", SETTINGS.replace("id: test-plan\n", ""));
		write(folder, "indicators/values.csv", VALUES + "10a,2016-10,twelve,,,\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("programme.yml: lacks the setting id",
				"indicators/values.csv:5:A (indicator_id): unknown indicator \"10a\"",
				"indicators/values.csv:5:C (value): \"twelve\" is not a number");
	}

	@Test
	void aBadActionsHeaderIsNotReportedAgainAsAnUnknownActionInEveryUpdate() throws IOException {
		// given
		Path folder = programme();
		write(folder, "plan/actions.csv", ACTIONS.replace(",due_date\n", ",due\n"));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("plan/actions.csv:1: the header lacks due_date; expected columns: "
				+ "action_id,priority_id,issue_id,description,lead,agencies,timescale,start_date,due_date");
	}

	@Test
	void aRejectedIndicatorIsNotReportedAgainAsUnknownWhereverItIsUsed() throws IOException {
		// given
		Path folder = programme();
		write(folder, "indicators/indicators.csv",
				INDICATORS.replace(",in-month,Quality Audits,key,", ",monthly,Quality Audits,key,"));

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("indicators/indicators.csv:2:F (accumulation): \"monthly\" is not one "
				+ "of: snapshot, in-month, year-to-date, 3-year-average");
	}

	@Test
	void aPeriodThatExcelStoredAsADateIsReadAsItsMonth() throws IOException {
		// given
		Path folder = programme();
		Files.delete(folder.resolve("indicators/values.csv"));
		try (XSSFWorkbook book = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(folder.resolve("programme.xlsx"))) {
			Sheet sheet = book.createSheet("values");
			Row header = sheet.createRow(0);
			List<String> columns = List.of("indicator_id", "period", "value", "numerator", "denominator", "note");
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c));
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("2a");
			row.createCell(1).setCellValue(LocalDate.of(2016, 9, 1));
			CellStyle month = book.createCellStyle();
			month.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("mmm-yy"));
			row.getCell(1).setCellStyle(month);
			row.createCell(2).setCellValue(81);
			book.write(out);
		}

		// when
		ProgrammeInput input = ProgrammeReader.read(folder);

		// then
		assertThat(input.values()).containsExactly(new IndicatorValue("2a", YearMonth.of(2016, 9), 81, null, null, ""));
	}

	@Test
	void theBundledProgrammeReads() {
		// given
		Path folder = Path.of("jobs/bromley-csc-2016");

		// when
		ProgrammeInput input = ProgrammeReader.read(folder);

		// then
		assertThat(input.settings().id()).isEqualTo("bromley-csc-2016");
		assertThat(input.priorities()).hasSize(10);
		assertThat(input.actions()).hasSize(307);
		assertThat(input.indicators()).hasSize(132);
	}

	private Path programme() throws IOException {
		Path folder = this.tempDir.resolve("test-plan");
		write(folder, "programme.yml", SETTINGS);
		write(folder, "plan/priorities.csv", PRIORITIES);
		write(folder, "plan/issues.csv", ISSUES);
		write(folder, "plan/actions.csv", ACTIONS);
		write(folder, "updates/2016-10.csv", UPDATES);
		write(folder, "indicators/indicators.csv", INDICATORS);
		write(folder, "indicators/targets.csv", TARGETS);
		write(folder, "indicators/benchmarks.csv", BENCHMARKS);
		write(folder, "indicators/baselines.csv", BASELINES);
		write(folder, "indicators/values.csv", VALUES);
		return folder;
	}

	@Test
	void aNumberTooLargeToHoldIsAProblemNotACrash() throws IOException {
		// given
		Path folder = programme();
		write(folder, "indicators/values.csv", VALUES + "2b,2016-11,1e999,,,\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("indicators/values.csv:5:C (value): \"1e999\" is not a number");
	}

	@Test
	void spreadsheetLockFilesAndHiddenFilesInUpdatesAreNotReturns() throws IOException {
		// given
		Path folder = programme();
		write(folder, "updates/~$2016-11.xlsx", "lock");
		write(folder, "updates/._2016-11.csv", "resource fork");

		// when
		ProgrammeInput input = ProgrammeReader.read(folder);

		// then
		assertThat(input.updates()).containsOnlyKeys(YearMonth.of(2016, 10));
	}

	@Test
	void aSettingWrittenTwiceIsAProblem() throws IOException {
		// given
		Path folder = programme();
		write(folder, "programme.yml", SETTINGS + "title: Another title\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems)
			.containsExactly("programme.yml:8: is not valid YAML: the setting \"title\" is written twice");
	}

	@Test
	void aThresholdOutsideItsRangeIsReportedOnItsLine() throws IOException {
		// given
		Path folder = programme();
		write(folder, "programme.yml", SETTINGS + "ratings:\n  redSharePercent: -5\n  dueSoonPercent: 120\n");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("programme.yml:10: ratings.dueSoonPercent: 120 is not from 0 to 100",
				"programme.yml:9: ratings.redSharePercent: -5 is not from 1 to 100");
	}

	@Test
	void anUnreadableIssuesFileIsReportedOnceNotAgainForEveryAction() throws IOException {
		// given
		Path folder = programme();
		write(folder, "plan/issues.csv", "");

		// when
		List<String> problems = problems(folder);

		// then
		assertThat(problems).containsExactly("plan/issues.csv:1: the header lacks issue_id, priority_id, description, "
				+ "reference; expected columns: issue_id,priority_id,description,reference");
	}

	private static void write(Path folder, String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private static List<String> problems(Path folder) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.read(folder));
		assertThat(ex).as("the problems reading %s", folder).isNotNull();
		return ex.problems().stream().map(Problem::toString).toList();
	}

	/**
	 * Writes sheets given as pairs of name and CSV text (no quoted commas), storing cells
	 * as Excel would: dates as date cells, plain numbers as numbers, everything else as
	 * text.
	 */
	private static void workbook(Path file, String... sheets) throws IOException {
		Files.createDirectories(file.getParent());
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			for (int s = 0; s < sheets.length; s += 2) {
				Sheet sheet = book.createSheet(sheets[s]);
				List<String> lines = sheets[s + 1].lines().toList();
				for (int r = 0; r < lines.size(); r++) {
					Row row = sheet.createRow(r);
					String[] values = lines.get(r).split(",", -1);
					for (int c = 0; c < values.length; c++) {
						cell(row, c, values[c], date);
					}
				}
			}
			book.write(out);
		}
	}

	private static void cell(Row row, int column, String value, CellStyle date) {
		if (value.isEmpty()) {
			return;
		}
		Cell cell = row.createCell(column);
		if (DATE.matcher(value).matches()) {
			cell.setCellValue(LocalDate.parse(value));
			cell.setCellStyle(date);
		}
		else if (NUMBER.matcher(value).matches() && row.getRowNum() > 0) {
			cell.setCellValue(Double.parseDouble(value));
		}
		else {
			cell.setCellValue(value);
		}
	}

}
