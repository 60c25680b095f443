package org.boardpack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.boardpack.RequiresPostgres;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database and SMTP passwords come from the environment or the secrets folder, and never
 * appear on the console, in the logs or in a pack, whether the run works or its
 * connection fails.
 */
class SecretsTests {

	private static final String BUNDLED = Path.of("jobs/bromley-csc-2016").toAbsolutePath().toString();

	@TempDir
	Path temp;

	@Test
	void aFailedConnectionSaysWhatFailedWithoutThePasswordEvenInDebugLogs() throws Exception {
		// given a server that is not there, a password from the environment and one from
		// the secrets folder
		String password = "db-" + UUID.randomUUID();
		String smtp = "smtp-" + UUID.randomUUID();
		Path secrets = secrets(Map.of("smtp-password", smtp));
		ChildRun.Store nowhere = new ChildRun.Store("PostgreSQL",
				Map.of("SPRING_PROFILES_ACTIVE", "postgres", "BOARDPACK_DB_URL",
						"jdbc:postgresql://127.0.0.1:1/boardpack", "BOARDPACK_DB_USER", "boardpack",
						"BOARDPACK_DB_PASSWORD", password, "LOGGING_LEVEL_ROOT", "DEBUG"),
				null, null, null);

		// when
		ChildRun run = ChildRun.start(this.temp.resolve("run"), nowhere, secrets, "run", BUNDLED);
		int status = run.finish();

		// then
		assertThat(status).isEqualTo(1);
		assertThat(run.stderr())
			.contains("boardpack: could not connect to the store: Connection to 127.0.0.1:1 refused");
		assertThat(run.stdout() + run.stderr()).doesNotContain(password).doesNotContain(smtp);
		assertThat(textFiles(run.output())).doesNotContain(password).doesNotContain(smtp);
	}

	@Test
	@ExtendWith(RequiresPostgres.class)
	void aRunWithItsPasswordsInTheSecretsFolderWritesThemNowhere() throws Exception {
		// given the database password only in the secrets folder
		ChildRun.Store postgres = ChildRun.Store.postgres();
		String smtp = "smtp-" + UUID.randomUUID();
		Path secrets = secrets(Map.of("db-password", postgres.password(), "smtp-password", smtp));
		ChildRun.Store fromFile = new ChildRun.Store("PostgreSQL", Map.of("SPRING_PROFILES_ACTIVE", "postgres",
				"BOARDPACK_DB_URL", postgres.url(), "BOARDPACK_DB_USER", postgres.user()), null, null, null);

		// when
		ChildRun run = ChildRun.start(this.temp.resolve("run"), fromFile, secrets, "run", BUNDLED);
		int status = run.finish();

		// then
		assertThat(status).as(run.stderr()).isZero();
		assertThat(run.output().resolve("bromley-csc-2016/2017-10/manifest.json")).exists();
		String written = run.stdout() + run.stderr() + textFiles(run.output());
		assertThat(written).contains("Pack written to").doesNotContain(postgres.password()).doesNotContain(smtp);
	}

	private Path secrets(Map<String, String> files) throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve("secrets"));
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue());
		}
		return folder;
	}

	/**
	 * Every text file of the output folder (manifest, roll-up, HTML paper, staging), one
	 * after another.
	 */
	private static String textFiles(Path output) throws IOException {
		if (!Files.exists(output)) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.walk(output)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".json") || name.endsWith(".html")) {
					text.append(Files.readString(file));
				}
			}
		}
		return text.toString();
	}

}
