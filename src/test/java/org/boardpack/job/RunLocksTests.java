package org.boardpack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;

import org.boardpack.programme.ProgrammeReader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * One run per programme at a time inside one process, as runs of many and a long-running
 * service need.
 */
@SpringBootTest
class RunLocksTests extends PackTestSupport {

	private static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	@Autowired
	private MonthlyPackLauncher launcher;

	@Autowired
	private RunLocks locks;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRunOfAProgrammeAlreadyBeingRunIsRefusedNamingThePeriodAndStartOfTheOtherAndStoresNothing() throws Exception {
		// given a run of the programme for September in progress
		PackRequest october = PackRequest.of(BUNDLED, ProgrammeReader.read(BUNDLED), YearMonth.of(2017, 10), false);
		int runsBefore = runs();
		String outputBefore = outputs();
		try (RunLocks.RunLock september = this.locks.acquire("bromley-csc-2016", YearMonth.of(2017, 9))) {

			// when / then
			assertThatExceptionOfType(PackBusyException.class).isThrownBy(() -> this.launcher.run(october))
				.withMessageMatching("another run of bromley-csc-2016 for 2017-09 is in progress \\(started "
						+ "\\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d\\); wait for it to finish, then run again");
		}
		assertThat(runs()).isEqualTo(runsBefore);
		assertThat(outputs()).isEqualTo(outputBefore);
	}

	@Test
	void anotherProgrammeIsNotHeldUpAndTheLockIsFreeOnceReleased() {
		// given
		RunLocks.RunLock other = this.locks.acquire("another-programme", YearMonth.of(2017, 10));

		// when / then
		assertThatNoException()
			.isThrownBy(() -> this.locks.acquire("bromley-csc-2016", YearMonth.of(2017, 10)).close());
		other.close();
		assertThatNoException()
			.isThrownBy(() -> this.locks.acquire("another-programme", YearMonth.of(2017, 11)).close());
	}

	/**
	 * Every file of the programme's output folder, with its size and time, as other tests
	 * left it.
	 */
	private static String outputs() throws IOException {
		Path folder = outputDir().resolve("bromley-csc-2016");
		if (!Files.exists(folder)) {
			return "none";
		}
		try (Stream<Path> files = Files.walk(folder)) {
			StringBuilder listing = new StringBuilder();
			for (Path file : files.sorted().toList()) {
				listing.append(file)
					.append(' ')
					.append(Files.size(file))
					.append(' ')
					.append(Files.getLastModifiedTime(file))
					.append('\n');
			}
			return listing.toString();
		}
	}

	private int runs() {
		return this.jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class);
	}

}
