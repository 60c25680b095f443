package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.boardpack.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code history} while {@code serve} holds the embedded store, each in a process of its
 * own as a user starts them: history reads the store through the serving process instead
 * of failing with "wait for it to finish".
 */
class HistoryWhileHeldTests {

	@TempDir
	Path temp;

	@Test
	void historyListsTheRunsWhileServeHoldsTheEmbeddedStoreAndARunIsStillRefused() throws Exception {
		// given a run recorded in the store, and serve holding the store (on a port of
		// its own, far from its schedule)
		Path storeFolder = this.temp.resolve("store");
		ChildRun.Store embedded = ChildRun.Store.embedded(storeFolder);
		Map<String, String> environment = new HashMap<>(embedded.environment());
		environment.put("BOARDPACK_PORT", "0");
		ChildRun.Store store = new ChildRun.Store("H2", environment, embedded.url(), "sa", "");
		Path secrets = Files.createDirectories(this.temp.resolve("secrets"));
		// (the bundled programme, writing its exception report alone: the test is about
		// the store, not the documents)
		Path bundled = TestFolders.copy(UnattendedRunScenarios.BUNDLED, this.temp.resolve("bromley-csc-2016"));
		Files.writeString(bundled.resolve("programme.yml"), "outputs: [exception-report]\n", StandardOpenOption.APPEND);
		assertThat(ChildRun.start(this.temp.resolve("first"), store, secrets, "run", bundled.toString()).finish())
			.isZero();
		ChildRun serve = ChildRun.start(this.temp.resolve("serve"), store, secrets, "serve", bundled.toString(),
				"--now", "2017-12-01T09:00");
		try {
			awaitServed(storeFolder, serve);

			// when
			ChildRun history = ChildRun.start(this.temp.resolve("history"), store, secrets, "history");
			int historyStatus = history.finish();
			ChildRun run = ChildRun.start(this.temp.resolve("second"), store, secrets, "run", bundled.toString());
			int runStatus = run.finish();

			// then
			assertThat(historyStatus).as(history.stderr()).isZero();
			assertThat(history.stdout()).contains("Runs, newest first:")
				.containsPattern("bromley-csc-2016 +2017-10 +1 +completed");
			assertThat(runStatus).isEqualTo(4);
			assertThat(run.stderr()).contains("the embedded store is in use by another run");
		}
		finally {
			serve.terminate();
		}
		assertThat(storeFolder.resolve("server.port")).doesNotExist();
	}

	private static void awaitServed(Path storeFolder, ChildRun serve) throws Exception {
		for (int i = 0; i < 3000 && !Files.exists(storeFolder.resolve("server.port")); i++) {
			Thread.sleep(20);
		}
		assertThat(storeFolder.resolve("server.port")).as("serve is serving the store; its errors:%n%s", serve.stderr())
			.exists();
	}

}
