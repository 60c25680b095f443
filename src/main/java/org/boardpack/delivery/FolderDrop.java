package org.boardpack.delivery;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.boardpack.input.Checksums;
import org.boardpack.input.Text;
import org.boardpack.system.StagedFolder;

/**
 * Drops the pack into {@code <root>/<programme>/<period>/}. The files are copied into a
 * hidden folder beside the target, checked against the manifest and flushed to disk, then
 * renamed into place, so a program watching the folder never sees half a pack: it sees
 * the earlier drop of the period or this one.
 */
record FolderDrop(Path root) implements DeliveryChannel {

	@Override
	public String name() {
		return "folder";
	}

	@Override
	public String target(PackContents pack) {
		return folder(pack).toString();
	}

	@Override
	public List<PackFile> files(PackContents pack) {
		return pack.files();
	}

	@Override
	public boolean holds(PackContents pack) {
		Path manifest = folder(pack).resolve(PackContents.MANIFEST);
		try {
			return Files.isRegularFile(manifest)
					&& Checksums.sha256(Files.readAllBytes(manifest)).equals(pack.digest());
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public void deliver(PackContents pack) throws IOException {
		StagedFolder drop = new StagedFolder(folder(pack));
		Files.createDirectories(drop.published().getParent());
		Path incoming = drop.freshStaging();
		try {
			copy(pack, incoming);
		}
		catch (IOException ex) {
			drop.discard();
			throw ex;
		}
		force(incoming);
		drop.publish();
		force(drop.published().getParent());
	}

	/**
	 * Copies each file of the pack, checks it against the manifest and flushes it to
	 * disk.
	 */
	private static void copy(PackContents pack, Path incoming) throws IOException {
		for (PackFile file : pack.files()) {
			Path copy = incoming.resolve(file.name());
			Files.copy(pack.folder().resolve(file.name()), copy);
			if (!Checksums.sha256(Files.readAllBytes(copy)).equals(file.sha256())) {
				throw new IOException(
						Text.format("%s does not match its manifest entry once copied to %s", file.name(), incoming));
			}
			force(copy);
		}
	}

	private Path folder(PackContents pack) {
		return this.root.resolve(pack.programme()).resolve(pack.period());
	}

	/**
	 * Flushes a file or folder to the disk, so that a crash after the rename cannot leave
	 * empty files.
	 */
	private static void force(Path path) {
		try (FileChannel channel = FileChannel.open(path,
				Files.isDirectory(path) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// Some systems cannot open a folder to flush it; its files are flushed all
			// the same.
		}
	}

}
