package org.boardpack.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class CsvTablesTests {

	@TempDir
	Path folder;

	@Test
	void readsUtf8WithAByteOrderMarkAsExcelSavesIt() throws IOException {
		// given
		Path file = write("\uFEFFaction_id,status\n1.1.1,complete\n");

		// when
		Table table = CsvTables.read(file, "updates/2016-10.csv");

		// then
		assertThat(table.header().names()).containsExactly("action_id", "status");
		assertThat(table.rows()).singleElement()
			.satisfies((row) -> assertThat(row.text("action_id")).isEqualTo("1.1.1"));
	}

	@Test
	void readsNonAsciiTextAsWritten() throws IOException {
		// given
		Path file = write("\uFEFFissue_id,description\n1.1,\"Children’s services – £1,200 café\"\n");

		// when
		Table table = CsvTables.read(file, "plan/issues.csv");

		// then
		assertThat(table.rows()).singleElement()
			.satisfies((row) -> assertThat(row.text("description")).isEqualTo("Children’s services – £1,200 café"));
	}

	@Test
	void readsCrlfLineEndsWithoutKeepingTheCarriageReturn() throws IOException {
		// given
		Path file = write("action_id,status\r\n1.1.1,complete\r\n1.1.2,in-progress\r\n");

		// when
		Table table = CsvTables.read(file, "updates/2016-10.csv");

		// then
		assertThat(table.header().names()).containsExactly("action_id", "status");
		assertThat(table.rows()).extracting(Table.Row::values)
			.containsExactly(List.of("1.1.1", "complete"), List.of("1.1.2", "in-progress"));
		assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 3);
	}

	@Test
	void aQuotedCellOverSeveralLinesIsOneRowAsASpreadsheetShowsIt() throws IOException {
		// given
		Path file = write("""
				action_id,commentary
				1.1.1,"Appointed.
				Starts in ""October"", after notice."
				1.1.2,Board meets monthly
				""".replace("\n", "\r\n"));

		// when
		Table table = CsvTables.read(file, "updates/2016-10.csv");

		// then
		assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 3);
		assertThat(table.rows().get(0).text("commentary"))
			.isEqualTo("Appointed.\r\nStarts in \"October\", after notice.");
		assertThat(table.rows().get(1).text("action_id")).isEqualTo("1.1.2");
	}

	@Test
	void blankLinesAreSkippedButStillCountAsRows() throws IOException {
		// given
		Path file = write("""
				indicator_id,period,value
				2a,2016-09,81

				 , ,
				2a,2016-10,98
				""");

		// when
		Table table = CsvTables.read(file, "indicators/values.csv");

		// then
		assertThat(table.rows()).extracting((row) -> row.text("value")).containsExactly("81", "98");
		assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 5);
	}

	@Test
	void aProblemNamesTheFileTheRowAndTheSpreadsheetColumn() throws IOException {
		// given
		Path file = write("""
				action_id, status ,percent_complete
				1.1.1,complete,140
				""");
		Table.Row row = CsvTables.read(file, "updates/2016-10.csv").rows().get(0);

		// when
		Problem problem = row.problem("percent_complete", "%s is not a whole number from %d to %d", "140", 0, 100);

		// then
		assertThat(problem)
			.hasToString("updates/2016-10.csv:2:C (percent_complete): 140 is not a whole number from 0 to 100");
		assertThat(row.text("status")).isEqualTo("complete");
	}

	@Test
	void aShortRowGivesEmptyTextForTheMissingColumns() throws IOException {
		// given
		Path file = write("action_id,status,percent_complete\n1.1.1\n");

		// when
		Table table = CsvTables.read(file, "updates/2016-10.csv");

		// then
		assertThat(table.rows()).singleElement().satisfies((row) -> {
			assertThat(row.text("action_id")).isEqualTo("1.1.1");
			assertThat(row.text("percent_complete")).isEmpty();
			assertThat(row.text("no_such_column")).isEmpty();
		});
	}

	@Test
	void anEmptyFileHasNoColumnsAndNoRows() throws IOException {
		// given
		Path file = write("");

		// when
		Table table = CsvTables.read(file, "plan/priorities.csv");

		// then
		assertThat(table.file()).isEqualTo("plan/priorities.csv");
		assertThat(table.header().names()).isEmpty();
		assertThat(table.rows()).isEmpty();
	}

	@Test
	void textThatIsNotUtf8IsRefusedWithAMessageSayingHowToSaveIt() throws IOException {
		// given: "Children’s" saved by Excel as "CSV (Comma delimited)", in Windows-1252
		Path file = this.folder.resolve("issues.csv");
		Files.write(file, "issue_id,description\n1.1,Children’s services\n".getBytes("windows-1252"));

		// when, then
		assertThatIOException().isThrownBy(() -> CsvTables.read(file, "plan/issues.csv"))
			.withMessage("plan/issues.csv is not UTF-8 text: save it as \"CSV UTF-8\"");
	}

	private Path write(String text) throws IOException {
		Path file = this.folder.resolve("table.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

}
