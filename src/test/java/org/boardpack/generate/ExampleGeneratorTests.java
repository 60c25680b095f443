package org.boardpack.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.boardpack.TestFolders;
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
	void aMeasureThePlanListsTwiceHasTheSameFiguresUnderBothCodes() {
		// given 10b and A61 are both "Average number of weeks in care proceedings (per
		// family)"
		ProgrammeInput input = ProgrammeReader.read(BUNDLED);

		// when
		Map<YearMonth, Double> tenB = figures(input, "10b");
		Map<YearMonth, Double> a61 = figures(input, "A61");

		// then
		assertThat(tenB).hasSizeGreaterThan(10).isEqualTo(a61);
		assertThat(figures(input, "4l")).isEqualTo(figures(input, "A3")).isEqualTo(figures(input, "A23"));
	}

	private static Map<YearMonth, Double> figures(ProgrammeInput input, String indicator) {
		return input.values()
			.stream()
			.filter((v) -> v.indicatorId().equals(indicator))
			.collect(Collectors.toMap(IndicatorValue::period, IndicatorValue::value));
	}

}
