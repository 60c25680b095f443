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
 * so later runs keep reading it. When the month has a return already, the new one joins
 * it in the month's folder {@code updates/<period>/}, where every return is read and
 * merged, so no lead's edits are lost. A filed return that turns out invalid is taken
 * away again, leaving the folder as it was.
 */
final class ReturnFiling {

	private final Path target;

	private final boolean copied;

	private final Path createdFolder;

	private ReturnFiling(Path target, boolean copied, Path createdFolder) {
		this.target = target;
		this.copied = copied;
		this.createdFolder = createdFolder;
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
		Path single = updates.resolve(period + extension);
		if (Files.exists(single) && sameBytes(single, given)) {
			return new ReturnFiling(single, false, null);
		}
		boolean taken = Files.exists(updates.resolve(period + ".csv"))
				|| Files.exists(updates.resolve(period + ".xlsx"))
				|| Files.isDirectory(updates.resolve(period.toString()));
		Path target = taken ? updates.resolve(period.toString()).resolve(given.getFileName()) : single;
		if (Files.exists(target)) {
			if (sameBytes(target, given)) {
				return new ReturnFiling(target, false, null);
			}
			throw new Arguments.UsageException(folder.relativize(target) + " already holds another return; give "
					+ given + " another name to file it beside that one");
		}
		Path created = Files.isDirectory(target.getParent()) ? null : target.getParent();
		Files.createDirectories(target.getParent());
		Files.copy(given, target);
		return new ReturnFiling(target, true, created);
	}

	Path target() {
		return this.target;
	}

	/** Takes the filed copy away again, when the return was not valid. */
	void withdraw() throws IOException {
		if (this.copied) {
			Files.deleteIfExists(this.target);
		}
		if (this.createdFolder != null) {
			Files.deleteIfExists(this.createdFolder);
		}
	}

	private static boolean sameBytes(Path a, Path b) throws IOException {
		return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
	}

}
