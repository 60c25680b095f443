package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.TestFolders;
import org.boardpack.TestPostgres;
import org.boardpack.input.InvalidInputException;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rollup.RollupBuilder;
import org.boardpack.rollup.RollupJson;
import org.junit.jupiter.api.Test;
import org.boardpack.RequiresPostgres;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The monthly pack on a real PostgreSQL server, the production store: migrations, store
 * and job repository. Runs where {@code BOARDPACK_TEST_POSTGRES_URL} names a database, as
 * CI does.
 */
@SpringBootTest
@ExtendWith(RequiresPostgres.class)
class PostgresPackJobTests {

	private static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	@TempDir
	static Path output;

	@Autowired
	private MonthlyPackLauncher launcher;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
		registry.add("boardpack.output-dir", () -> output.toString());
	}

	@Test
	void theBundledPackOnPostgresIsTheOneTheFilesGiveAndARunAgainGivesTheSameBytes() throws Exception {
		// given
		YearMonth period = YearMonth.of(2017, 10);

		// when
		Path pack = run(BUNDLED, period);
		byte[] first = Files.readAllBytes(pack.resolve("rollup.json"));
		run(BUNDLED, period);

		// then
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(RollupJson.read(pack.resolve("rollup.json")))
			.isEqualTo(new RollupBuilder(ProgrammeReader.read(BUNDLED)).build(period));
		assertThat(Files.readAllBytes(pack.resolve("rollup.json"))).isEqualTo(first);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from action_update where programme_id = 'bromley-csc-2016' and period = '2017-10'",
				Integer.class))
			.isEqualTo(Files.readAllLines(BUNDLED.resolve("updates/2017-10.csv")).size() - 1);
	}

	@Test
	void aCorruptedReturnLeavesThePostgresStoreAsItWas(@TempDir Path temp) throws Exception {
		// given
		run(BUNDLED, YearMonth.of(2017, 9));
		String before = this.jdbc.queryForList("select * from action_update order by period, action_id").toString();
		Path copy = TestFolders.copy(BUNDLED, temp.resolve("bromley-csc-2016"));
		Path updates = copy.resolve("updates/2017-09.csv");
		List<String> lines = Files.readAllLines(updates);
		lines.set(2, lines.get(2).replaceFirst(",\\d+,", ",half,"));
		Files.write(updates, lines);

		// when / then
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.launcher.run(new PackRequest(copy.toAbsolutePath(), "bromley-csc-2016",
					YearMonth.of(2017, 9), "corrupted", false)))
			.withMessageContaining("updates/2017-09.csv:3:C (percent_complete): \"half\" is not a number");
		assertThat(this.jdbc.queryForList("select * from action_update order by period, action_id").toString())
			.isEqualTo(before);
	}

	private Path run(Path folder, YearMonth period) throws Exception {
		return this.launcher.run(PackRequest.of(folder, ProgrammeReader.read(folder), period, false));
	}

}
