package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.generate.SyntheticProgrammes;
import org.boardpack.input.InvalidInputException;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupJson;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many programmes in one run, one partition each: every valid one gets its pack, the
 * others say why not.
 */
@SpringBootTest
class AllPacksJobTests extends PackTestSupport {

	@Autowired
	private MonthlyPackLauncher launcher;

	@Test
	void everyProgrammeGetsItsOwnPackAndAnInvalidOneIsReportedWithoutStoppingTheOthers() throws Exception {
		// given two synthetic programmes and a third whose return names an action the
		// plan does not have
		Path root = Files.createTempDirectory(outputDir().getParent(), "many");
		List<Path> folders = new SyntheticProgrammes(new SyntheticProgrammes.Shape(3, 40, 10, 6), 3).write(root);
		Path broken = folders.get(2).resolve("updates/2021-09.csv");
		Files.writeString(broken, Files.readString(broken) + "9.9.9,in-progress,50,green,Note,,,DCS,2021-09-30\n");

		// when
		List<PackOutcome> outcomes = this.launcher.runAll(folders, null);

		// then
		assertThat(outcomes).extracting(PackOutcome::programme)
			.containsExactly("synthetic-001", "synthetic-002", "synthetic-003");
		for (PackOutcome outcome : outcomes.subList(0, 2)) {
			assertThat(outcome.failure()).isNull();
			assertThat(outcome.pack()).isEqualTo(outputDir().resolve(outcome.programme()).resolve("2021-09"));
			Rollup rollup = RollupJson.read(outcome.pack().resolve("rollup.json"));
			assertThat(rollup.programme().id()).isEqualTo(outcome.programme());
			assertThat(rollup.programme().period()).isEqualTo("2021-09");
			assertThat(rollup.programme().actions()).isEqualTo(40);
			assertThat(outcome.pack().resolve("manifest.json")).exists();
		}
		PackOutcome invalid = outcomes.get(2);
		assertThat(invalid.pack()).isNull();
		assertThat(invalid.failure()).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("updates/2021-09.csv:")
			.hasMessageContaining("9.9.9");
		assertThat(outputDir().resolve("synthetic-003")).doesNotExist();
	}

	@Test
	void aPeriodOutsideAProgrammeFailsThatProgrammeOnlyAndSaysSo() throws Exception {
		// given
		Path root = Files.createTempDirectory(outputDir().getParent(), "period");
		List<Path> folders = new SyntheticProgrammes(new SyntheticProgrammes.Shape(1, 20, 5, 4), 5).write(root);

		// when
		List<PackOutcome> outcomes = this.launcher.runAll(folders, YearMonth.of(2030, 1));

		// then
		assertThat(outcomes).singleElement()
			.satisfies((outcome) -> assertThat(outcome.failure()).hasMessageContaining(
					"programme.yml: the period 2030-01 is outside the programme (2021-04 to 2021-07)"));
	}

}
