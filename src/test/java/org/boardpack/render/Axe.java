package org.boardpack.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.boardpack.Requires;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every HTML file of a folder with axe-core in a real Chromium, against WCAG 2.2 A
 * and AA and axe's best practices ({@code src/test/axe/check.mjs}). axe-core and
 * playwright-core are installed once from the npm registry into {@code target/axe}.
 * Without Chromium or Node.js the check is skipped with one line saying so, except in CI
 * ({@code CI=true}), where it fails.
 */
public final class Axe {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path NODE = Path.of("/usr/bin/node");

	private static final Path HOME = Path.of("target/axe");

	private static final List<String> PACKAGES = List.of("axe-core@4.14.1", "playwright-core@1.65.2");

	private Axe() {
	}

	/**
	 * Asserts that the folder has HTML files and that axe finds nothing in any of them.
	 */
	public static void assertAccessible(Path folder) throws IOException, InterruptedException {
		List<String> problems = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		for (JsonNode page : check(folder)) {
			checked.add(page.get("file").asString());
			for (JsonNode violation : page.get("violations")) {
				problems.add(page.get("file").asString() + ": " + violation.get("id").asString() + " ("
						+ violation.get("impact").asString() + ") " + violation.get("help").asString() + " at "
						+ violation.get("targets"));
			}
		}
		assertThat(checked).as("HTML files axe checked in %s", folder).isNotEmpty();
		assertThat(problems).as("axe-core (WCAG 2.2 A/AA and best practice) in Chromium").isEmpty();
	}

	private static synchronized List<JsonNode> check(Path folder) throws IOException, InterruptedException {
		requireReaders();
		install();
		Process process = new ProcessBuilder(NODE.toString(), HOME.resolve("check.mjs").toString(),
				folder.toAbsolutePath().toString(), CHROMIUM.toString())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("axe finished").isTrue();
		assertThat(process.exitValue()).as("axe exit code; output:%n%s", output).isZero();
		ObjectMapper json = new ObjectMapper();
		List<JsonNode> pages = new ArrayList<>();
		for (String line : output.strip().split("\n")) {
			if (!line.isBlank()) {
				pages.add(json.readTree(line));
			}
		}
		return pages;
	}

	private static void requireReaders() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(NODE)) {
			Requires.missing("Chromium (" + CHROMIUM + ") or Node.js (" + NODE + ")",
					"the accessibility check of the HTML pages with axe-core", "install chromium, nodejs and npm");
		}
	}

	/**
	 * The packages once per build folder; the script each time, as it may have changed.
	 */
	private static void install() throws IOException, InterruptedException {
		Files.createDirectories(HOME);
		if (!Files.isDirectory(HOME.resolve("node_modules/playwright-core"))
				|| !Files.isDirectory(HOME.resolve("node_modules/axe-core"))) {
			List<String> command = new ArrayList<>(
					List.of("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund", "--silent"));
			command.addAll(PACKAGES);
			Path log = HOME.resolve("npm-install.log");
			Process npm = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			assertThat(npm.waitFor(10, TimeUnit.MINUTES)).as("npm install finished").isTrue();
			assertThat(npm.exitValue()).as("npm install %s exit code; see %s", PACKAGES, log).isZero();
		}
		Files.copy(Path.of("src/test/axe/check.mjs"), HOME.resolve("check.mjs"), StandardCopyOption.REPLACE_EXISTING);
	}

}
