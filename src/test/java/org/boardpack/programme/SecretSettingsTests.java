package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Path;

import org.boardpack.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Secrets never come from programme.yml: a setting that looks like one is refused with
 * where they belong.
 */
class SecretSettingsTests {

	private static final String SETTINGS = SettingsFolders.REQUIRED;

	@TempDir
	Path tempDir;

	@Test
	void everySettingThatLooksLikeASecretIsRefusedAtAnyDepthWithItsLineAndWhereSecretsGo() throws IOException {
		// given
		Path folder = folder(SETTINGS + """
				dbPassword: hunter2
				delivery:
				  smtp:
				    apiKey: abc123
				    user: clerk
				paper:
				  ward: Borough-wide
				  accessToken: xyz
				""");

		// when
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		String secretsGo = "looks like a secret, and secrets never go in programme.yml, which is kept and shared "
				+ "with the plan: give it as an environment variable (such as BOARDPACK_SMTP_PASSWORD or "
				+ "BOARDPACK_DB_PASSWORD) or as a file in the secrets folder (BOARDPACK_SECRETS, by default "
				+ "/run/secrets/boardpack)";
		assertThat(ex.problems()).extracting(Object::toString)
			.contains("programme.yml:5: \"dbPassword\" " + secretsGo,
					"programme.yml:8: \"delivery.smtp.apiKey\" " + secretsGo,
					"programme.yml:12: \"paper.accessToken\" " + secretsGo);
		assertThat(ex.getMessage()).doesNotContain("hunter2", "abc123", "xyz");
	}

	@Test
	void namesThatOnlyContainSimilarLettersAreNotSecrets() throws IOException {
		// given
		Path folder = folder(SETTINGS + "paper:\n  ward: Bypass Road\n");

		// when
		ProgrammeSettings settings = ProgrammeReader.readSettings(folder);

		// then
		assertThat(settings.paper().ward()).isEqualTo("Bypass Road");
	}

	private Path folder(String settings) throws IOException {
		return SettingsFolders.folder(this.tempDir, settings);
	}

}
