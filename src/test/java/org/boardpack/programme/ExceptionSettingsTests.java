package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.input.InvalidInputException;
import org.boardpack.plan.Rag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code exceptions:} block of programme.yml, read and checked like the rating
 * thresholds.
 */
class ExceptionSettingsTests {

	private static final String SETTINGS = SettingsFolders.REQUIRED;

	@TempDir
	Path tempDir;

	@Test
	void withoutAnExceptionsBlockTheDefaultsApply() throws IOException {
		// when
		ExceptionRules rules = ProgrammeReader.readSettings(folder(SETTINGS)).exceptions();

		// then
		assertThat(rules).isEqualTo(new ExceptionRules(List.of(Rag.RED), List.of(Rag.RED), 2, 1));
	}

	@Test
	void rulesWrittenInTheBlockReplaceTheirDefaultsOnly() throws IOException {
		// given
		Path folder = folder(SETTINGS + """
				exceptions:
				  actionRags: [Red, amber]
				  missedPeriods: 2
				""");

		// when
		ExceptionRules rules = ProgrammeReader.readSettings(folder).exceptions();

		// then
		assertThat(rules).isEqualTo(new ExceptionRules(List.of(Rag.RED, Rag.AMBER), List.of(Rag.RED), 2, 2));
	}

	@Test
	void everyBadRuleIsReportedAtOnceWithItsFileLineAndKey() throws IOException {
		// given
		Path folder = folder(SETTINGS + """
				exceptions:
				  actionRags: [red, purple]
				  indicatorRags: blue
				  worseningPeriods: 0
				  missedPeriods: two
				  colour: red
				""");

		// when
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		assertThat(ex.problems()).extracting(Object::toString)
			.containsExactlyInAnyOrder("programme.yml:6: exceptions.actionRags: \"purple\" is not one of: amber, red",
					"programme.yml:7: exceptions.indicatorRags: \"blue\" is not one of: amber, red",
					"programme.yml:8: exceptions.worseningPeriods: 0 is not from 1 to 24",
					"programme.yml:9: exceptions.missedPeriods: \"two\" is not a number",
					"programme.yml:10: unknown setting \"exceptions.colour\"; the settings are: actionRags, indicatorRags, "
							+ "worseningPeriods, missedPeriods");
	}

	@Test
	void anExceptionsBlockThatIsNotAListOfRulesIsReported() throws IOException {
		// given
		Path folder = folder(SETTINGS + "exceptions: lots\n");

		// when
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		assertThat(ex.problems()).extracting(Object::toString)
			.containsExactly("programme.yml:5: exceptions must be a list of rules, such as \"worseningPeriods: 2\"");
	}

	private Path folder(String settings) throws IOException {
		return SettingsFolders.folder(this.tempDir, settings);
	}

}
