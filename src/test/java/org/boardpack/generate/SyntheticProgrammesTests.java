package org.boardpack.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.Polarity;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthetic programmes are valid input of the requested size, varied like real ones, and
 * repeatable.
 */
class SyntheticProgrammesTests {

	private static final SyntheticProgrammes.Shape SHAPE = new SyntheticProgrammes.Shape(2, 120, 40, 18);

	@Test
	void theSameSeedWritesTheSameFilesByteForByte(@TempDir Path temp) throws Exception {
		// when
		new SyntheticProgrammes(SHAPE, 11).write(temp.resolve("a"));
		new SyntheticProgrammes(SHAPE, 11).write(temp.resolve("b"));
		new SyntheticProgrammes(SHAPE, 12).write(temp.resolve("c"));

		// then
		Map<String, String> a = contents(temp.resolve("a"));
		assertThat(a).hasSizeGreaterThan(2 * 18).isEqualTo(contents(temp.resolve("b")));
		assertThat(a).isNotEqualTo(contents(temp.resolve("c")));
	}

	@Test
	void eachProgrammeIsValidInputOfTheRequestedSizeWithTheVarietyOfARealOne(@TempDir Path temp) throws Exception {
		// when
		List<Path> folders = new SyntheticProgrammes(SHAPE, 7).write(temp);

		// then
		assertThat(folders).extracting((f) -> f.getFileName().toString())
			.containsExactly("synthetic-001", "synthetic-002");
		ProgrammeInput input = ProgrammeReader.read(folders.get(0));
		assertThat(input.actions()).hasSize(120);
		assertThat(input.indicators()).hasSize(40);
		assertThat(input.updates()).hasSize(18);
		List<ActionUpdate> updates = input.updates().values().stream().flatMap(List::stream).toList();
		assertThat(updates).extracting(ActionUpdate::status).contains(ActionStatus.values());
		assertThat(updates).anySatisfy((u) -> assertThat(u.revisedDueDate()).isNotNull());
		assertThat(updates).allSatisfy((u) -> assertThat(u.commentary()).isNotBlank());
		assertThat(input.updates().values()).anySatisfy((month) -> assertThat(month).hasSizeLessThan(120));
		assertThat(input.indicators()).extracting(Indicator::polarity).contains(Polarity.values());
		long targeted = input.indicators()
			.stream()
			.filter((i) -> input.targets().stream().anyMatch((t) -> t.indicatorId().equals(i.id())))
			.count();
		assertThat(targeted).isBetween(20L, 39L);
		assertThat(input.benchmarks()).isNotEmpty();
		assertThat(input.baselines()).isNotEmpty();
	}

	private static Map<String, String> contents(Path root) throws Exception {
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				contents.put(root.relativize(file).toString(), Files.readString(file));
			}
		}
		return contents;
	}

}
