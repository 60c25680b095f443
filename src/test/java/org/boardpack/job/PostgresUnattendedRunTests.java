package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.TestFolders;
import org.junit.jupiter.api.Test;
import org.boardpack.RequiresPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill and restart, SIGTERM and two runs at once, on a real PostgreSQL server, where the
 * run lock is an advisory lock and different programmes run in parallel processes. Runs
 * where {@code BOARDPACK_TEST_POSTGRES_URL} names a database, as CI does.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresUnattendedRunTests extends UnattendedRunScenarios {

	@Override
	ChildRun.Store store(Path folder) {
		return ChildRun.Store.postgres();
	}

	@Override
	String busyMessage() {
		return "boardpack: another run of bromley-csc-2016";
	}

	@Test
	void twoDifferentProgrammesRunAtOnceInTwoProcessesBothComplete() throws Exception {
		// given
		Path folder = this.temp.resolve("two-programmes");
		Path copy = TestFolders.copy(BUNDLED, folder.resolve("bromley-copy"));
		Path settings = copy.resolve("programme.yml");
		Files.writeString(settings, Files.readString(settings).replace("id: bromley-csc-2016", "id: bromley-copy"));

		// when
		ChildRun bundled = start(folder.resolve("bundled"), "run", BUNDLED.toString());
		ChildRun other = start(folder.resolve("other"), "run", copy.toString());
		int bundledStatus = bundled.finish();
		int otherStatus = other.finish();

		// then
		assertThat(bundledStatus).as(bundled.stderr()).isZero();
		assertThat(otherStatus).as(other.stderr()).isZero();
		assertSameBytes(pack(bundled));
		assertThat(other.stdout())
			.contains("Pack written to " + other.output().resolve("bromley-copy").resolve(PERIOD));
	}

}
