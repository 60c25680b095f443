package org.boardpack.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.boardpack.TestFolders;
import org.boardpack.input.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the command line against a store and output folder of the tests' own that already
 * hold a published pack of the bundled programme, so that a refused run can be shown to
 * leave both exactly as they were, byte for byte.
 */
abstract class RefusalSupport {

	static final Path BUNDLED = Path.of(Cli.defaultProgramme());

	static Path root;

	@BeforeAll
	static void publishOnePack() throws IOException {
		root = Files.createTempDirectory("boardpack-refusals");
		System.setProperty("boardpack.output-dir", root.resolve("output").toString());
		System.setProperty("boardpack.store-dir", root.resolve("output/.store").toString());
		Outcome first = cli("run", programme().toString(), "--period", "2017-10");
		assertThat(first.status()).as(first.err()).isZero();
	}

	@AfterAll
	static void forgetStore() {
		System.clearProperty("boardpack.output-dir");
		System.clearProperty("boardpack.store-dir");
	}

	/**
	 * A fresh copy of the bundled programme, in a folder of its name, for a test to
	 * break.
	 */
	static Path programme() throws IOException {
		return TestFolders.copy(BUNDLED,
				Files.createTempDirectory(root, "programme").resolve(BUNDLED.getFileName().toString()));
	}

	/** What a user saw: the exit status and both streams. */
	record Outcome(int status, String out, String err) {
	}

	static Outcome cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args);
		return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Runs the period 2017-10 of a broken programme and checks it was refused as invalid
	 * input with the store and output folder byte-identical afterwards; returns what it
	 * printed on the error stream.
	 */
	static String refused(Path programme) throws IOException {
		Map<String, String> before = fingerprint();
		Outcome outcome = cli("run", programme.toString(), "--period", "2017-10");
		assertThat(outcome.status()).as(outcome.err()).isEqualTo(3);
		assertThat(outcome.err()).contains("Nothing was stored or written.")
			.doesNotContain(root.toString())
			.doesNotContain("\tat ");
		assertThat(fingerprint()).as("store and output folder").isEqualTo(before);
		return outcome.err();
	}

	/**
	 * Every file under the output folder by path, with its SHA-256; the embedded store by
	 * its content (every table's rows, as H2 scripts them), since merely opening the
	 * store rewrites parts of its file.
	 */
	static Map<String, String> fingerprint() throws IOException {
		Path output = root.resolve("output");
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(output)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				byte[] content = file.toString().endsWith(".mv.db") ? storeContent(file) : Files.readAllBytes(file);
				files.put(output.relativize(file).toString(), Checksums.sha256(content));
			}
		}
		return files;
	}

	private static byte[] storeContent(Path file) throws IOException {
		String database = file.toString().substring(0, file.toString().length() - ".mv.db".length());
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + database + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0", "sa", "");
				ResultSet script = connection.createStatement().executeQuery("script nopasswords nosettings")) {
			StringBuilder content = new StringBuilder();
			while (script.next()) {
				content.append(script.getString(1)).append('\n');
			}
			return content.toString().getBytes(StandardCharsets.UTF_8);
		}
		catch (SQLException ex) {
			throw new IOException("Cannot read the store " + file + ": " + ex.getMessage(), ex);
		}
	}

}
