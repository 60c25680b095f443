package org.boardpack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release archive as a user gets it: built by {@code mvn package} (here in a build
 * folder of its own, so the running tests' classes are not touched), unpacked, and run
 * with only a JDK from folders other than its own.
 */
class ReleaseArchiveTests {

	@TempDir
	static Path temp;

	private static Path installed;

	@BeforeAll
	static void buildAndUnpack() throws Exception {
		Requires.command("mvn", "Apache Maven, to build the release archive");
		Path build = temp.resolve("build");
		// Maven too is a short run, for which the quick compiler alone is enough.
		String mavenOptions = (System.getenv("MAVEN_OPTS") != null) ? System.getenv("MAVEN_OPTS") + " " : "";
		Result built = run(Path.of("").toAbsolutePath(), Map.of("MAVEN_OPTS", mavenOptions + "-XX:TieredStopAtLevel=1"),
				"mvn", "-B", "-q", "-Dmaven.test.skip=true", "-Dboardpack.build.directory=" + build, "package");
		assertThat(built.status()).as(built.out() + built.err()).isZero();
		Path archive;
		try (Stream<Path> files = Files.list(build)) {
			archive = files.filter((f) -> f.getFileName().toString().matches("boardpack-.*\\.zip"))
				.findFirst()
				.orElseThrow();
		}
		installed = unzip(archive, temp.resolve("install"))
			.resolve(archive.getFileName().toString().replace(".zip", ""));
	}

	@Test
	void theArchiveHoldsTheLaunchersTheApplicationTheTemplatesAndTheExample() {
		assertThat(installed.resolve("bin/boardpack")).isRegularFile();
		assertThat(installed.resolve("bin/boardpack.cmd")).content().contains("lib\\boardpack.jar");
		assertThat(installed.resolve("lib/boardpack.jar")).isRegularFile();
		assertThat(installed.resolve("templates/board-paper.ftlh")).isRegularFile();
		assertThat(installed.resolve("templates/index.ftlh")).isRegularFile();
		assertThat(installed.resolve("jobs/bromley-csc-2016/programme.yml")).isRegularFile();
		assertThat(installed.resolve("src")).doesNotExist();
	}

	@Test
	void binBoardpackRunsTheExampleFromAnotherFolderAndHistoryThereSeesTheSameStore() throws Exception {
		// given two folders that are not the installation
		Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
		Path other = Files.createDirectories(temp.resolve("other"));

		// when
		Result run = run(elsewhere, Map.of(), "bash", installed.resolve("bin/boardpack").toString(), "run");
		Result history = run(other, Map.of(), "bash", installed.resolve("bin/boardpack").toString(), "history");

		// then
		Path pack = installed.resolve("output/bromley-csc-2016/2017-10");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.err()).doesNotContain("Building");
		assertThat(run.out()).contains("Pack written to " + pack);
		assertThat(pack.resolve("index.html")).content().contains("Overall the programme is rated Red");
		assertThat(pack.resolve("board-paper.pdf")).isRegularFile();
		assertThat(elsewhere).isEmptyDirectory();
		assertThat(history.status()).as(history.err()).isZero();
		assertThat(history.out()).containsPattern("bromley-csc-2016 +2017-10 +1 +completed");
	}

	private record Result(int status, String out, String err) {
	}

	/**
	 * Runs a command with the test's JDK as JAVA_HOME and none of the caller's boardpack
	 * settings.
	 */
	private static Result run(Path folder, Map<String, String> environment, String... command) throws Exception {
		Path out = Files.createTempFile("release", ".out");
		Path err = Files.createTempFile("release", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().keySet().removeIf((key) -> key.startsWith("BOARDPACK_") || key.startsWith("SPRING_"));
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("BOARDPACK_CACHE", "off");
		// A short run, compiled by the quick compiler alone: half the CPU time, the same
		// pack.
		builder.environment().put("BOARDPACK_JAVA_OPTS", "-XX:TieredStopAtLevel=1");
		builder.environment().putAll(environment);
		Process process = builder.start();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("%s finished", List.of(command)).isTrue();
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/**
	 * Unpacks with the JDK alone, as a user without unzip would, keeping the launcher
	 * executable.
	 */
	private static Path unzip(Path archive, Path target) throws IOException {
		try (InputStream file = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(file)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Path path = target.resolve(entry.getName()).normalize();
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(zip, path);
					if (path.getParent().getFileName().toString().equals("bin")) {
						path.toFile().setExecutable(true);
					}
				}
			}
		}
		return target;
	}

}
