package org.boardpack.committee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A meeting's folder, {@code <output>/<programme>/committees/<committee>/<date>/}. Its files are written into a
 * hidden staging folder beside it and moved into place only when complete, so a clerk never picks up half a
 * paper and a failed run leaves the previous paper as it was.
 */
record CommitteeFolder(Path published) {

	static CommitteeFolder of(Path output, String programme, CommitteeMeeting meeting) {
		return new CommitteeFolder(output.resolve(programme).resolve("committees").resolve(meeting.committee().id())
			.resolve(meeting.date().toString()));
	}

	/** An empty staging folder, cleared of anything a failed run left. */
	Path freshStaging() throws IOException {
		delete(staging());
		return Files.createDirectories(staging());
	}

	/** Replaces the published folder with the staging one. */
	void publish() throws IOException {
		delete(retired());
		if (Files.exists(this.published)) {
			move(this.published, retired());
		}
		move(staging(), this.published);
		delete(retired());
	}

	private Path staging() {
		return sibling(".staging");
	}

	private Path retired() {
		return sibling(".previous");
	}

	private Path sibling(String suffix) {
		return this.published.resolveSibling("." + this.published.getFileName() + suffix);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	private static void delete(Path folder) throws IOException {
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
