package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Path;

import org.boardpack.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code delivery:} block of programme.yml: where the pack is dropped and who it is
 * e-mailed to.
 */
class DeliverySettingsTests {

	private static final String SETTINGS = SettingsFolders.REQUIRED;

	@TempDir
	Path tempDir;

	@Test
	void withoutTheBlockThePackIsDeliveredNowhere() throws IOException {
		// when
		ProgrammeSettings settings = ProgrammeReader.readSettings(folder(SETTINGS));

		// then
		assertThat(settings.delivery().folder(this.tempDir)).isNull();
		assertThat(settings.delivery().email()).isNull();
	}

	@Test
	void aRelativeFolderIsTakenFromTheProgrammeFolderAndOneAddressNeedsNoList() throws IOException {
		// given
		Path folder = folder(SETTINGS + """
				delivery:
				  folder: ../board-drop
				  email:
				    to: clerk@council.example
				    cc: [sit@council.example, chair@council.example]
				""");

		// when
		DeliverySettings delivery = ProgrammeReader.readSettings(folder).delivery();

		// then
		assertThat(delivery.folder(folder)).isEqualTo(this.tempDir.resolve("board-drop").toAbsolutePath());
		assertThat(delivery.folder(folder).isAbsolute()).isTrue();
		assertThat(delivery.email().to()).containsExactly("clerk@council.example");
		assertThat(delivery.email().cc()).containsExactly("sit@council.example", "chair@council.example");
	}

	@Test
	void anAbsoluteFolderStaysAsWritten() throws IOException {
		// given
		Path folder = folder(SETTINGS + "delivery:\n  folder: /srv/board-drop\n");

		// when
		DeliverySettings delivery = ProgrammeReader.readSettings(folder).delivery();

		// then
		assertThat(delivery.folder(folder)).isEqualTo(Path.of("/srv/board-drop"));
	}

	@Test
	void aPasswordIsRefusedSayingWherePasswordsGoAndEveryOtherProblemIsListedWithIt() throws IOException {
		// given
		Path folder = folder(SETTINGS + """
				delivery:
				  email:
				    to: [clerk@council.example, not an address]
				    password: hunter2
				    host: smtp.council.example
				  sftp: board
				""");

		// when
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		assertThat(ex.problems()).extracting(Object::toString)
			.hasSize(4)
			.anySatisfy((problem) -> assertThat(problem)
				.startsWith("programme.yml:8: \"delivery.email.password\" looks like a secret, and secrets never go "
						+ "in programme.yml")
				.contains("BOARDPACK_SMTP_PASSWORD", "secrets folder"))
			.anySatisfy((problem) -> assertThat(problem)
				.startsWith("programme.yml:9: delivery.email.host: the SMTP server is set for the installation")
				.contains("BOARDPACK_SMTP_HOST"))
			.anySatisfy((problem) -> assertThat(problem)
				.isEqualTo("programme.yml:7: delivery.email.to: \"not an address\" is not an e-mail address"))
			.anySatisfy((problem) -> assertThat(problem)
				.startsWith("programme.yml:10: unknown setting \"delivery.sftp\"; the settings are: folder, email"));
		assertThat(ex.getMessage()).doesNotContain("hunter2");
	}

	@Test
	void aPasswordAnywhereInTheFileIsRefusedAndAnEmailNeedsARecipient() throws IOException {
		// given
		Path folder = folder(SETTINGS + """
				smtpPassword: hunter2
				delivery:
				  email:
				    cc: sit@council.example
				""");

		// when
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		assertThat(ex.problems()).extracting(Object::toString)
			.hasSize(2)
			.anySatisfy((problem) -> assertThat(problem)
				.startsWith("programme.yml:5: \"smtpPassword\" looks like a secret"))
			.anySatisfy((problem) -> assertThat(problem)
				.isEqualTo("programme.yml:7: delivery.email: give at least one address under \"to\""));
	}

	private Path folder(String settings) throws IOException {
		return SettingsFolders.folder(this.tempDir, settings);
	}

}
