package org.boardpack.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.boardpack.schedule.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping serve (as SIGTERM does) while an export runs: nothing new starts, and the
 * running one is let end.
 */
class ServeShutdownTests {

	@TempDir
	Path temp;

	@Test
	void closingWaitsForTheRunningExportAndSchedulesNoOther() throws Exception {
		// given an export that is running when serve is asked to stop
		Path slow = Files.createDirectories(this.temp.resolve("slow-plan"));
		Files.writeString(slow.resolve("programme.yml"),
				"id: slow-plan\ntitle: A plan\nstart: 2017-01\nend: 2017-12\n" + "schedule: \"0 * * * * *\"\n");
		ServeRequest request = new ServeRequest(List.of(slow),
				new StartingClock(LocalDateTime.parse("2017-11-07T05:59:59").atZone(Schedule.LONDON).toInstant()));
		ConfigurableApplicationContext serve = Serve.start(request, List.of(RecordingExport.class, LogLines.class),
				"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:serve-shutdown-tests;DB_CLOSE_DELAY=-1",
				"--boardpack.output-dir=" + this.temp.resolve("output"));
		RecordingExport export = serve.getBean(RecordingExport.class);
		LogLines log = serve.getBean(LogLines.class);
		ServedProgramme programme = serve.getBean(ScheduledExports.class).programmes().get(0);
		assertThat(export.slowStarted.await(1, TimeUnit.MINUTES)).isTrue();

		// when
		Thread closing = Thread.ofPlatform().start(serve::close);
		awaitLine(log, "Stopping: no new exports; waiting for [slow-plan] to end");
		boolean closedWhileRunning = !closing.isAlive();
		export.release();
		closing.join(Duration.ofMinutes(1));

		// then
		assertThat(closedWhileRunning).isFalse();
		assertThat(closing.isAlive()).isFalse();
		assertThat(log.text()).contains("slow-plan 2017-10: pack written to /srv/packs/slow-plan/2017-10")
			.endsWith("Stopped: no export is running");
		assertThat(programme.lastRun().outcome()).isEqualTo("completed");
		assertThat(programme.nextRun()).isNull();
		assertThat(export.calls).hasSize(1);
	}

	private static void awaitLine(LogLines log, String line) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (!log.text().contains(line)) {
			assertThat(Instant.now()).as("waiting for \"%s\"", line).isBefore(deadline);
			Thread.sleep(50);
		}
	}

}
