package org.boardpack.job;

import java.io.IOException;
import java.nio.file.Path;

import org.boardpack.system.StagedFolder;

/**
 * The output folder of one programme and period, {@code <output>/<programme>/<period>/},
 * written through a {@link StagedFolder}: a reader never sees a half-written pack and a
 * failed run leaves the previous pack as it was.
 */
record PackFolder(Path output, String programme, String period) {

	/** The pack folder of a job run. */
	static PackFolder of(Path output, PackParameters run) {
		return new PackFolder(output, run.programme(), run.period().toString());
	}

	Path published() {
		return this.output.resolve(this.programme).resolve(this.period);
	}

	Path staging() {
		return staged().staging();
	}

	/** An empty staging folder, cleared of anything a failed run left. */
	Path freshStaging() throws IOException {
		return staged().freshStaging();
	}

	/** Removes the staging folder; the published pack is untouched. */
	void discard() throws IOException {
		staged().discard();
	}

	/** Replaces the published folder with the staging one. */
	void publish() throws IOException {
		staged().publish();
	}

	private StagedFolder staged() {
		return new StagedFolder(published());
	}

}
