package org.boardpack.job;

import java.nio.file.Path;

/**
 * Kill and restart, SIGTERM and two runs at once, on the embedded store (H2), which one
 * process opens at a time.
 */
class EmbeddedUnattendedRunTests extends UnattendedRunScenarios {

	@Override
	ChildRun.Store store(Path folder) {
		return ChildRun.Store.embedded(folder.resolve("store"));
	}

	@Override
	String busyMessage() {
		return "boardpack: the embedded store is in use by another run; wait for it to finish and run again";
	}

}
