package org.boardpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The output folder of one programme and period, {@code <output>/<programme>/<period>/}. Outputs are written
 * into a hidden staging folder beside it and moved into place only when complete, so a reader never sees a
 * half-written pack and a failed run leaves the previous pack as it was.
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
		return this.output.resolve(this.programme).resolve("." + this.period + ".staging");
	}

	private Path retired() {
		return this.output.resolve(this.programme).resolve("." + this.period + ".previous");
	}

	/** An empty staging folder, cleared of anything a failed run left. */
	Path freshStaging() throws IOException {
		delete(staging());
		return Files.createDirectories(staging());
	}

	/** Replaces the published folder with the staging one. */
	void publish() throws IOException {
		delete(retired());
		if (Files.exists(published())) {
			move(published(), retired());
		}
		move(staging(), published());
		delete(retired());
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
