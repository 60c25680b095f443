package org.boardpack.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.boardpack.job.ChildRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line says when the machine, not the input, is at fault. */
class FaultMessagesTests {

	@TempDir
	Path temp;

	@Test
	void validateFindsAMissingTemplatesFolder() {
		// given
		Path missing = this.temp.resolve("no-templates");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		System.setProperty("boardpack.templates-dir", missing.toString());
		int status;
		try {
			// when
			status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8))
				.run("validate", "jobs/bromley-csc-2016");
		}
		finally {
			System.clearProperty("boardpack.templates-dir");
		}

		// then
		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("boardpack: the templates folder " + missing
				+ " is missing; every pack is written with the templates there. Set BOARDPACK_TEMPLATES to the "
				+ "folder (./boardpack sets it to the templates/ folder beside it). Nothing was run\n");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void sigtermWhileTheApplicationStartsEndsWithStatus143AndSaysSo() throws Exception {
		// given a run that has read its folder and is starting the application
		ChildRun run = ChildRun.start(this.temp.resolve("run"), ChildRun.Store.embedded(this.temp.resolve("store")),
				Files.createDirectories(this.temp.resolve("no-secrets")), "run", "jobs/bromley-csc-2016");
		awaitRead(this.temp.resolve("run/timings.tsv"), run);

		// when
		int status = run.terminate();

		// then
		assertThat(status).as(run.stderr()).isEqualTo(143);
		assertThat(run.stderr())
			.isEqualTo("boardpack: stopped by a signal while starting up; nothing was run or changed; run again\n");
		assertThat(this.temp.resolve("run/output/bromley-csc-2016")).doesNotExist();
	}

	/**
	 * Waits until the run has read its programme folder, the last thing before the
	 * application starts.
	 */
	private static void awaitRead(Path timings, ChildRun run) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(timings) && Files.readString(timings).contains("\tread\t")) {
				return;
			}
			Thread.sleep(5);
		}
		throw new AssertionError("the run did not read its folder:\n" + run.stderr());
	}

}
