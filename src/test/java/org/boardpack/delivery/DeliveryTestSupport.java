package org.boardpack.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.boardpack.TestMail;
import org.boardpack.TestStore;
import org.boardpack.generate.SyntheticProgrammes;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Gives each test class its own in-memory store, output folder and SMTP port, with
 * deliveries tried three times a few milliseconds apart. The SMTP server (GreenMail) is
 * started by each test that wants one, so that a test can also find it down.
 */
abstract class DeliveryTestSupport {

	private static final TestStore STORE = TestStore.create("boardpack-delivery-tests");

	/**
	 * The tests' own folder: the store is named after it, and packs and drops are written
	 * in it.
	 */
	static final Path ROOT = STORE.root();

	static final int SMTP_PORT = TestMail.freePort();

	static final String SMTP_USER = "boardpack";

	/** A password no output would contain by chance. */
	static final String SMTP_PASSWORD = "Xq7-never-print-me-4Rt";

	static final String FROM = "improvement.team@council.example";

	@DynamicPropertySource
	static void storeOutputAndSmtp(DynamicPropertyRegistry registry) {
		STORE.register(registry);
		registry.add("boardpack.delivery.attempts", () -> "3");
		registry.add("boardpack.delivery.first-delay", () -> "5ms");
		registry.add("boardpack.delivery.smtp.host", () -> "127.0.0.1");
		registry.add("boardpack.delivery.smtp.port", () -> String.valueOf(SMTP_PORT));
		registry.add("boardpack.delivery.smtp.user", () -> SMTP_USER);
		registry.add("boardpack.delivery.smtp.password", () -> SMTP_PASSWORD);
		registry.add("boardpack.delivery.smtp.from", () -> FROM);
		registry.add("boardpack.delivery.smtp.tls", () -> "none");
	}

	/**
	 * An SMTP server on this class's port that accepts the configured user; the caller
	 * starts and stops it.
	 */
	static GreenMail smtpServer() {
		return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
			.withConfiguration(GreenMailConfiguration.aConfig().withUser(SMTP_USER, SMTP_PASSWORD));
	}

	/**
	 * A small synthetic programme named {@code id} (25 actions, 6 indicators, returns for
	 * 2021-04 to 2021-07), with the given {@code delivery:} block added to its
	 * programme.yml.
	 */
	static Path programme(String id, String delivery) throws IOException {
		Path parent = Files.createTempDirectory(ROOT, "programmes");
		Path generated = new SyntheticProgrammes(new SyntheticProgrammes.Shape(1, 25, 6, 4), 11).write(parent).get(0);
		Path folder = Files.move(generated, parent.resolve(id));
		Path yml = folder.resolve("programme.yml");
		Files.writeString(yml, Files.readString(yml).replaceFirst("(?m)^id: .*$", "id: " + id) + delivery);
		return folder;
	}

}
