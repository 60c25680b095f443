package org.boardpack.serve;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.boardpack.cli.Cli;
import org.boardpack.generate.SyntheticProgrammes;
import org.boardpack.job.ChildRun;
import org.boardpack.schedule.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * serve started again after a serve killed during an export: it says so, makes the export
 * up at once, and history no longer shows the dead run as started.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServeMakesUpTests {

	@TempDir
	Path temp;

	@Test
	void anExportKilledMidRunIsReportedAndMadeUpWhenServeStartsAgain(CapturedOutput output) throws Exception {
		// given a small programme whose June 2021 run was killed once its ingest had
		// finished
		Path programme = new SyntheticProgrammes(new SyntheticProgrammes.Shape(1, 20, 4, 3), 11)
			.write(this.temp.resolve("programmes"))
			.get(0);
		Path store = this.temp.resolve("store");
		ChildRun
			.start(this.temp.resolve("killed"), ChildRun.Store.embedded(store),
					Files.createDirectories(this.temp.resolve("no-secrets")), "run", programme.toString(), "--period",
					"2021-06")
			.awaitStage("ingest")
			.kill();
		Path outputs = this.temp.resolve("killed/output");
		List<String> settings = List.of("--boardpack.store-dir=" + store, "--boardpack.output-dir=" + outputs);
		StartingClock clock = new StartingClock(
				LocalDateTime.parse("2021-07-20T10:00:00").atZone(Schedule.LONDON).toInstant());

		// when serve starts again, with no schedule of its own for the programme
		JsonNode served;
		try (ConfigurableApplicationContext serve = Serve.start(new ServeRequest(List.of(programme), clock), List.of(),
				"--server.port=0", settings.get(0), settings.get(1))) {
			served = new Status(Serve.port(serve)).awaitProgramme("synthetic-001",
					(p) -> !p.get("lastRun").isNull() && p.get("lastRun").get("outcome").asString().equals("completed"),
					Duration.ofMinutes(3));
		}

		// then it said what it found, made the pack, and history shows the dead run as
		// failed, not started
		assertThat(output.getOut() + output.getErr()).containsPattern("synthetic-001 2021-06: the export started "
				+ ".+ did not finish \\(cut short\\); exporting it again now");
		assertThat(served.get("lastRun").get("period").asString()).isEqualTo("2021-06");
		assertThat(outputs.resolve("synthetic-001/2021-06/manifest.json")).exists();
		String history = history(settings);
		assertThat(history).contains("synthetic-001  2021-06        1  completed")
			.contains("synthetic-001  2021-06        1  failed")
			.doesNotContain("started ");
	}

	/** {@code ./boardpack history synthetic-001} against the store serve used. */
	private static String history(List<String> settings) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (String setting : settings) {
			String[] pair = setting.substring(2).split("=", 2);
			System.setProperty(pair[0], pair[1]);
		}
		try {
			int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(out, true, StandardCharsets.UTF_8))
				.run("history", "synthetic-001");
			assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
		}
		finally {
			settings.forEach((setting) -> System.clearProperty(setting.substring(2).split("=", 2)[0]));
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
