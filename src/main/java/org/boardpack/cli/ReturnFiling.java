package org.boardpack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;

/**
 * Files an update return given with {@code run --updates FILE} as
 * {@code updates/<period>.xlsx} (or {@code .csv}), the same as dropping it there by hand,
 * so later runs keep reading it. A filed return that turns out invalid is taken away
 * again, leaving the folder as it was.
 */
final class ReturnFiling {

	private final Path target;

	private final boolean copied;

	private ReturnFiling(Path target, boolean copied) {
		this.target = target;
		this.copied = copied;
	}

	static ReturnFiling file(Path folder, Path given, YearMonth period) throws IOException {
		if (!Files.isRegularFile(given)) {
			throw new Arguments.UsageException("--updates " + given + ": no such file");
		}
		String name = given.getFileName().toString().toLowerCase(Locale.ROOT);
		String extension = name.endsWith(".xlsx") ? ".xlsx" : name.endsWith(".csv") ? ".csv" : null;
		if (extension == null) {
			throw new Arguments.UsageException("--updates " + given + ": give a RAG tracker (.xlsx) or a CSV return");
		}
		Path updates = folder.resolve("updates");
		Path target = updates.resolve(period + extension);
		for (String other : new String[] { ".csv", ".xlsx" }) {
			Path existing = updates.resolve(period + other);
			if (Files.exists(existing) && !(existing.equals(target) && sameBytes(existing, given))) {
				throw new Arguments.UsageException("updates/" + period + other + " already holds the return for "
						+ period + "; remove it to file " + given + " in its place");
			}
		}
		if (Files.exists(target)) {
			return new ReturnFiling(target, false);
		}
		Files.createDirectories(updates);
		Files.copy(given, target);
		return new ReturnFiling(target, true);
	}

	Path target() {
		return this.target;
	}

	/** Takes the filed copy away again, when the return was not valid. */
	void withdraw() throws IOException {
		if (this.copied) {
			Files.deleteIfExists(this.target);
		}
	}

	private static boolean sameBytes(Path a, Path b) throws IOException {
		return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
	}

}
