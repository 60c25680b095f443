package org.boardpack.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.boardpack.TestFolders;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The illustrative data of the bundled programme is what the generator writes, and reads
 * back as valid.
 */
class ExampleGeneratorTests {

	private static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	@Test
	void theSameSeedRegeneratesTheCommittedExampleDataByteForByte(@TempDir Path temp) throws Exception {
		// given the bundled plan and indicators, with only the real values kept
		Path copy = temp.resolve("bromley-csc-2016");
		TestFolders.copy(BUNDLED, copy);
		try (Stream<Path> updates = Files.list(copy.resolve("updates"))) {
			for (Path file : updates.toList()) {
				Files.delete(file);
			}
		}

		// when
		new ExampleGenerator(7).generate(copy, YearMonth.of(2016, 9), YearMonth.of(2017, 10));

		// then
		for (String file : new String[] { "updates/2016-09.csv", "updates/2017-03.csv", "updates/2017-10.csv",
				"indicators/values.csv" }) {
			assertThat(Files.readString(copy.resolve(file))).as(file)
				.isEqualTo(Files.readString(BUNDLED.resolve(file)));
		}
	}

	@Test
	void regeneratingSomeMonthsKeepsTheOtherMonthsAndTheRealFigures(@TempDir Path temp) throws Exception {
		// given
		Path copy = TestFolders.copy(BUNDLED, temp.resolve("bromley-csc-2016"));
		List<IndicatorValue> before = ProgrammeReader.read(copy).values();

		// when
		new ExampleGenerator(99).generate(copy, YearMonth.of(2017, 9), YearMonth.of(2017, 10));

		// then
		List<IndicatorValue> after = ProgrammeReader.read(copy).values();
		assertThat(after).containsAll(before.stream()
			.filter((v) -> v.period().isBefore(YearMonth.of(2017, 9)) || !v.note().isBlank())
			.toList());
		assertThat(after).anySatisfy((v) -> assertThat(v.period()).isEqualTo(YearMonth.of(2017, 10)));
	}

	@Test
	void generatedDataTellsAPlausibleStory() {
		// when
		ProgrammeInput input = ProgrammeReader.read(BUNDLED);

		// then some updates are missing each month, some actions slip and some are red at
		// some point
		long withRevisedDates = input.updates()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((u) -> u.revisedDueDate() != null)
			.map((u) -> u.actionId())
			.distinct()
			.count();
		assertThat(input.updates()).hasSize(14);
		assertThat(withRevisedDates).isBetween(20L, 120L);
		assertThat(input.updates().values().stream().filter((u) -> u.size() < input.actions().size()).count())
			.isGreaterThan(5);
		assertThat(input.values())
			.anySatisfy((v) -> assertThat(v.note()).startsWith("Actual figure: committee report CS17089"));
	}

	@Test
	void aMeasureThePlanListsTwiceIsOneIndicatorWithItsOtherCodes() {
		// given 10b and A61 are both "Average number of weeks in care proceedings (per
		// family)", and 5b and 7b both "% of children have a permanency plan at 4 months"
		ProgrammeInput input = ProgrammeReader.read(BUNDLED);

		// when
		Map<String, Indicator> byId = input.indicators()
			.stream()
			.collect(Collectors.toMap(Indicator::id, Function.identity()));

		// then
		assertThat(byId.get("10b").appendixCodes()).containsExactly("A61");
		assertThat(byId.get("5b").priorityIds()).containsExactly("5", "7");
		assertThat(byId.get("4l").appendixCodes()).containsExactly("A23", "A3");
		assertThat(byId).doesNotContainKeys("A61", "7b", "A23", "A3");
		assertThat(figures(input, "10b")).hasSizeGreaterThan(10);
		assertThat(figures(input, "A61")).isEmpty();
	}

	private static Map<YearMonth, Double> figures(ProgrammeInput input, String indicator) {
		return input.values()
			.stream()
			.filter((v) -> v.indicatorId().equals(indicator))
			.collect(Collectors.toMap(IndicatorValue::period, IndicatorValue::value));
	}

}
