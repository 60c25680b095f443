package org.boardpack.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.boardpack.Requires;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run whose output folder is on a disk that fills up while the pack is written, as an
 * operator meets it: a real file system of 1.5 MB (a tmpfs, which only root may mount).
 */
class FullDiskTests {

	@TempDir
	Path temp;

	private Path disk;

	@Test
	void aDiskThatFillsUpIsNamedWithTheFileAndTheUnfinishedPackIsRemovedToGiveTheSpaceBack() throws Exception {
		// given
		this.disk = Files.createDirectories(this.temp.resolve("disk"));
		mount(this.disk);
		System.setProperty("boardpack.output-dir", this.disk.resolve("output").toString());
		System.setProperty("boardpack.store-dir", this.temp.resolve("store").toString());

		// when
		RefusalSupport.Outcome outcome = RefusalSupport.cli("run", "jobs/bromley-csc-2016", "--period", "2017-10");

		// then
		assertThat(outcome.status()).as(outcome.err()).isEqualTo(1);
		assertThat(outcome.err())
			.containsPattern("boardpack: no space left on the device while writing " + this.disk
					+ "/output/bromley-csc-2016/\\S+; the unfinished pack was removed to give the space back and the "
					+ "published pack is as it was; free some space, then run again")
			.doesNotContain("\tat ");
		try (var left = Files.walk(this.disk)) {
			assertThat(left.filter(Files::isRegularFile)).as("files left on the full disk").isEmpty();
		}
	}

	@AfterEach
	void unmount() throws Exception {
		System.clearProperty("boardpack.output-dir");
		System.clearProperty("boardpack.store-dir");
		if (this.disk != null) {
			run("umount", this.disk.toString());
		}
	}

	private static void mount(Path folder) throws Exception {
		if (!"root".equals(System.getProperty("user.name"))
				|| run("mount", "-t", "tmpfs", "-o", "size=1500k", "tmpfs", folder.toString()) != 0) {
			Requires.missing("a small file system of the tests' own (a tmpfs, mounted as root)",
					"the test of a disk that fills up during a run", "run the tests as root");
		}
	}

	private static int run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			return -1;
		}
		System.err.print(output);
		return process.exitValue();
	}

}
