package org.boardpack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.TestFolders;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken and hostile programme folders, each refused as a user would want: exit status 3,
 * every problem named at its file, line or cell, and the store and output folder left
 * byte for byte as they were.
 */
class InputRefusalTests extends RefusalSupport {

	@Test
	void aTemplateThatWouldRunACommandIsRefusedAtItsLineAndRunsNothing() throws Exception {
		// given
		Path programme = programme();
		Path marker = root.resolve("ran");
		Files.createDirectories(programme.resolve("templates/board"));
		Files.writeString(programme.resolve("templates/board-paper.ftlh"),
				Files.readString(Path.of("templates/board-paper.ftlh"))
						+ "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"touch " + marker
						+ "\")}\n");
		Files.writeString(programme.resolve("templates/board/blocks.ftlh"),
				"<#macro x>\n${.now?api.getTime()}\n</#macro>\n");

		// when
		String err = refused(programme);

		// then
		int line = (int) Files.readString(programme.resolve("templates/board-paper.ftlh")).lines().count();
		assertThat(err).contains("2 problems in the input:")
			.contains("templates/board-paper.ftlh:" + line + ": uses ?new, which templates may not: a template "
					+ "formats the pack's data and can reach nothing else")
			.contains("templates/board/blocks.ftlh:2: uses ?api, which templates may not");
		assertThat(marker).doesNotExist();
	}

	@Test
	void aMalformedTemplateOrPaletteIsRefusedBeforeAnythingIsStored() throws Exception {
		// given
		Path programme = programme();
		Files.createDirectories(programme.resolve("templates"));
		Files.writeString(programme.resolve("templates/exception-report.ftlh"), "<p>\n<#if report.none()>None\n</p>\n");
		Files.writeString(programme.resolve("templates/palette.properties"),
				Files.readString(Path.of("templates/palette.properties")).replace("#A50F15", "crimson"));

		// when
		String err = refused(programme);

		// then
		assertThat(err).contains("2 problems in the input:")
			.containsPattern("templates/exception-report.ftlh:\\d+: is not a valid template: .*#if")
			.contains("templates/palette.properties:red.fill: 'crimson' is not a colour as #RRGGBB");
	}

	@Test
	void charactersNoDocumentCanHoldAreCleanedOnReadingAndThePackIsWritten() throws Exception {
		// given: a vertical tab (Word's Shift+Enter pasted into Excel), a NUL and an
		// escape in a return and the narrative
		Path programme = programme();
		Path updates = programme.resolve("updates/2017-10.csv");
		Files.writeString(updates,
				Files.readString(updates)
					.replace("1.1.1,complete,100,blue,Complete; evidence held by the Service Improvement Team.,,,CEX,",
							"1.1.1,complete,100,blue,\"Complete;\u000Bevidence held\u0000 by the SIT.\u001B\",,,CEX,"));
		Path narrative = programme.resolve("narrative/2017-10.md");
		Files.writeString(narrative, Files.readString(narrative)
			.replace("## Reason for report\n\n", "## Reason for report\n\nA line\u000Bwith a tab.\u0007\n\n"));

		// when
		Outcome outcome = cli("run", programme.toString(), "--period", "2017-10");

		// then
		assertThat(outcome.status()).as(outcome.err()).isZero();
		Rollup rollup = RollupJson.read(root.resolve("output/bromley-csc-2016/2017-10/rollup.json"));
		assertThat(rollup.priorities().get(0).actions().get(0).commentary())
			.isEqualTo("Complete;\nevidence held by the SIT.");
		String html = Files.readString(root.resolve("output/bromley-csc-2016/2017-10/board-paper.html"));
		assertThat(html).contains("A line with a tab.").doesNotContain("\u000B").doesNotContain("\u0007");
	}

	@Test
	void textLongerThanItsStoreColumnIsRefusedAtItsCellAndTextThatFitsIsNot() throws Exception {
		// given: one commentary a character too long for the store, one exactly as long
		// as it holds
		Path programme = programme();
		Path updates = programme.resolve("updates/2017-10.csv");
		Files.writeString(updates,
				Files.readString(updates)
					.replace("1.1.1,complete,100,blue,Complete; evidence held by the Service Improvement Team.,",
							"1.1.1,complete,100,blue," + "x".repeat(20_001) + ",")
					.replace("1.1.2,complete,100,blue,Complete; evidence held by the Service Improvement Team.,",
							"1.1.2,complete,100,blue," + "y".repeat(20_000) + ","));
		Path priorities = programme.resolve("plan/priorities.csv");
		List<String> lines = Files.readAllLines(priorities);
		lines.set(3, lines.get(3).replaceFirst("^([^,]*),", "$1," + "T".repeat(1001) + " "));
		Files.write(priorities, lines);

		// when
		String err = refused(programme);

		// then
		assertThat(err).contains("2 problems in the input:")
			.contains("updates/2017-10.csv:2:E (commentary): is 20,001 characters long; at most 20,000 fit")
			.containsPattern("plan/priorities.csv:4:B \\(title\\): is 1,\\d{3} characters long; at most 1,000 fit");
	}

	@Test
	void aTemplateThatFailsOnlyWhenFilledInIsRefusedAtItsLineBeforeAnythingIsStored() throws Exception {
		// given: well formed, so only filling it in finds it
		Path programme = programme();
		Files.createDirectories(programme.resolve("templates"));
		Files.writeString(programme.resolve("templates/exception-report.ftlh"),
				Files.readString(Path.of("templates/exception-report.ftlh")) + "${report.noSuchValue}\n");
		int line = (int) Files.readString(programme.resolve("templates/exception-report.ftlh")).lines().count();

		// when
		String err = refused(programme);

		// then
		assertThat(err).startsWith("1 problem in the input:\ntemplates/exception-report.ftlh:" + line
				+ ": the template failed: The following has evaluated to null or missing:");
	}

	@Test
	void aReturnInALegacyOrOtherSpreadsheetFormatIsRefusedWithWhatToDo() throws Exception {
		// given
		Path programme = programme();
		Files.move(programme.resolve("updates/2017-10.csv"), programme.resolve("updates/2017-10.xls"));
		Files.writeString(programme.resolve("indicators/values.ods"), "not read");

		// when
		String err = refused(programme);

		// then
		assertThat(err).contains("2 problems in the input:")
			.contains("updates/2017-10.xls: is a spreadsheet format boardpack does not read; save it as an Excel "
					+ "Workbook (.xlsx) or as CSV UTF-8 (.csv). Here boardpack reads YYYY-MM.csv and YYYY-MM.xlsx")
			.contains("indicators/values.ods: is a spreadsheet format boardpack does not read; save it as an Excel "
					+ "Workbook (.xlsx) or as CSV UTF-8 (.csv). Here boardpack reads baselines.csv, benchmarks.csv, "
					+ "indicators.csv, targets.csv, values.csv");
	}

	@Test
	void aReturnSavedWithAnUpperCaseExtensionIsReadAndAFileNotReadIsAWarning() throws Exception {
		// given
		Path programme = programme();
		Files.move(programme.resolve("updates/2017-10.csv"), programme.resolve("updates/2017-10.CSV"));
		Files.writeString(programme.resolve("updates/notes.txt"), "chase 1.4.5");
		Files.writeString(programme.resolve("narrative/2017-11.docx"), "draft");

		// when
		Outcome outcome = cli("validate", programme.toString());

		// then
		assertThat(outcome.status()).as(outcome.err()).isZero();
		assertThat(outcome.out()).contains("14 update returns (2016-09 to 2017-10)");
		assertThat(outcome.err()).isEqualTo("""
				Warning: updates/notes.txt: is not read: here boardpack reads YYYY-MM.csv and YYYY-MM.xlsx
				Warning: narrative/2017-11.docx: is not read: here boardpack reads YYYY-MM.md
				""");
	}

	@Test
	void textFilesNotInUtf8AreRefusedAtTheLineOfTheirFirstSuchByte() throws Exception {
		// given: saved as Windows-1252 by an older editor
		Path programme = programme();
		Path settings = programme.resolve("programme.yml");
		Files.write(settings,
				Files.readString(settings)
					.replace("title: Children's", "title: Children’s café")
					.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		Path narrative = programme.resolve("narrative/2017-09.md");
		Files.write(narrative,
				Files.readString(narrative)
					.replace("---\n", "---\n# Caf\u00e9\n")
					.getBytes(java.nio.charset.Charset.forName("windows-1252")));

		// when
		String err = refused(programme);

		// then
		assertThat(err).contains("programme.yml:7: is not UTF-8 text (byte 0x92); save it as UTF-8")
			.containsPattern("narrative/2017-09.md:\\d+: is not UTF-8 text \\(byte 0x[0-9A-F]{2}\\); save it as UTF-8");
	}

	@Test
	void linksLeadingOutOfTheProgrammeFolderAreRefusedByTheirPathInsideIt() throws Exception {
		// given
		Path programme = programme();
		Path secret = Files.writeString(root.resolve("secret.md"), "## Recommendations\nThe outside text.\n");
		Files.delete(programme.resolve("narrative/2017-10.md"));
		Files.createSymbolicLink(programme.resolve("narrative/2017-10.md"), secret);
		Path elsewhere = TestFolders.copy(programme.resolve("plan"),
				root.resolve("elsewhere-plan-" + System.nanoTime()));
		deleteFolder(programme.resolve("plan"));
		Files.createSymbolicLink(programme.resolve("plan"), elsewhere);

		// when
		String err = refused(programme);

		// then
		assertThat(err).contains("2 problems in the input:")
			.contains("narrative/2017-10.md: is a link to outside the programme folder, which boardpack does not "
					+ "follow; copy what it links to into the folder instead")
			.contains("plan: is a link to outside the programme folder")
			.doesNotContain("outside text");
	}

	@Test
	void aReturnWhoseDatesAreAllFarFromItsMonthIsFlagged() throws Exception {
		// given: last year's return saved under this month's name
		Path programme = programme();
		Files.copy(programme.resolve("updates/2016-10.csv"), programme.resolve("updates/2017-10.csv"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		// when
		String err = refused(programme);

		// then
		assertThat(err)
			.containsPattern("updates/2017-10.csv: every updated_on \\(2016-10-\\d\\d to 2016-1\\d-\\d\\d\\) "
					+ "is outside 2017-09-01 to 2017-12-31, when a return for 2017-10 is made; is it another month's "
					+ "return\\? Name it after its month, or correct the dates");
	}

	@Test
	void messagesPointAtTheCauseInOurWords() throws Exception {
		// given: a tab indenting a setting, a plan whose actions file has only its
		// header, an unclosed quote
		Path programme = programme();
		Path settings = programme.resolve("programme.yml");
		Files.writeString(settings, Files.readString(settings).replace("\nplanDate:", "\n\tplanDate:"));
		Path actions = programme.resolve("plan/actions.csv");
		Files.writeString(actions, Files.readAllLines(actions).get(0) + "\n");
		Path values = programme.resolve("indicators/values.csv");
		List<String> lines = Files.readAllLines(values);
		lines.set(4, lines.get(4) + ",\"an unclosed note");
		Files.write(values, lines);

		// when
		String err = refused(programme);

		// then
		assertThat(err).contains("programme.yml:12: is indented with a tab; YAML indents with spaces only")
			.contains("plan/actions.csv: has a header but no actions; a plan needs at least one action")
			.contains("indicators/values.csv:5: a quoted value is not closed, or has text after its closing quote; "
					+ "a quote inside a quoted value is written twice (\"\")")
			.doesNotContain("unknown action")
			.doesNotContain("encapsulated");
	}

	private static void deleteFolder(Path folder) throws IOException {
		try (var walk = Files.walk(folder)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
