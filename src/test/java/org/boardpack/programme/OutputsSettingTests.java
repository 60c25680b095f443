package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Path;

import org.boardpack.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The {@code outputs:} setting of programme.yml: which files the pack holds. */
class OutputsSettingTests {

	private static final String SETTINGS = SettingsFolders.REQUIRED;

	@TempDir
	Path tempDir;

	@Test
	void withoutTheSettingEveryOutputIsWritten() throws IOException {
		// when
		ProgrammeSettings settings = ProgrammeReader.readSettings(folder(SETTINGS));

		// then
		assertThat(settings.writes("rag-tracker.xlsx")).isTrue();
		assertThat(settings.writes("board-paper.pdf")).isTrue();
		assertThat(settings.writes("exception-report.pdf")).isTrue();
	}

	@Test
	void shortNamesAndFileNamesChooseTheirFilesOnly() throws IOException {
		// given
		Path folder = folder(SETTINGS + "outputs: [tracker, Board-Paper.pdf]\n");

		// when
		ProgrammeSettings settings = ProgrammeReader.readSettings(folder);

		// then
		assertThat(settings.outputs()).containsExactly("rag-tracker.xlsx", "board-paper.pdf");
		assertThat(settings.writes("board-paper.html")).isFalse();
		assertThat(settings.writes("exception-report.pdf")).isFalse();
	}

	@Test
	void theBoardPaperStandsForItsThreeFormats() throws IOException {
		// given
		Path folder = folder(SETTINGS + "outputs: board-paper\n");

		// when
		ProgrammeSettings settings = ProgrammeReader.readSettings(folder);

		// then
		assertThat(settings.outputs()).containsExactly("board-paper.html", "board-paper.pdf", "board-paper.docx");
	}

	@Test
	void everyUnknownOutputIsReportedAtOnceWithItsFileAndLine() throws IOException {
		// given
		Path folder = folder(SETTINGS + "outputs: [tracker, slides, 3]\ncolour: red\n");

		// when
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		assertThat(ex.problems()).extracting(Object::toString)
			.hasSize(3)
			.anySatisfy((problem) -> assertThat(problem)
				.startsWith("programme.yml:5: outputs: \"slides\" is not an output; the outputs are: tracker, "
						+ "board-paper, exception-report"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("programme.yml:5: outputs: \"3\" is not an output"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("programme.yml:6: unknown setting \"colour\""));
	}

	private Path folder(String settings) throws IOException {
		return SettingsFolders.folder(this.tempDir, settings);
	}

}
