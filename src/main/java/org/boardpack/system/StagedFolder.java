package org.boardpack.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder that is only ever replaced whole: its files are written into a hidden staging
 * folder beside it, which is moved into place when complete. A reader (a board member, a
 * clerk, a folder watcher) never sees half of it, and a failure before {@link #publish()}
 * leaves the folder as it was.
 */
public record StagedFolder(Path published) {

	/**
	 * The hidden folder beside the published one that the next version is written into.
	 */
	public Path staging() {
		return sibling(".staging");
	}

	/** An empty staging folder, cleared of anything a failed attempt left. */
	public Path freshStaging() throws IOException {
		discard();
		return Files.createDirectories(staging());
	}

	/**
	 * Removes the staging folder and what is in it; the published folder is untouched.
	 */
	public void discard() throws IOException {
		delete(staging());
	}

	/**
	 * Replaces the published folder with the staging one. The staged files and folders
	 * are forced to disk first, and the parent folder after the swap: otherwise a power
	 * cut soon after could leave the new folder in place with files the disk never
	 * received.
	 */
	public void publish() throws IOException {
		Path retired = sibling(".previous");
		delete(retired);
		forceAll(staging());
		if (Files.exists(this.published)) {
			move(this.published, retired);
		}
		move(staging(), this.published);
		force(this.published.toAbsolutePath().getParent());
		delete(retired);
	}

	private static void forceAll(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				force(path);
			}
		}
	}

	private static void force(Path path) throws IOException {
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			if (!Files.isDirectory(path)) {
				throw ex;
			}
			// some file systems cannot open a folder to sync it; its files are on disk
			// all the same
		}
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

	/**
	 * Deletes a folder and everything in it; nothing happens when there is no such
	 * folder.
	 */
	public static void delete(Path folder) throws IOException {
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
