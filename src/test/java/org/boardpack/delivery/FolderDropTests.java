package org.boardpack.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.input.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The folder drop on its own: a pack replaces an older drop of its period whole, and is
 * checked as copied.
 */
class FolderDropTests {

	@TempDir
	Path temp;

	@Test
	void aNewPackReplacesTheOlderDropOfItsPeriodAndLeavesNoStagingBehind() throws IOException {
		// given
		Path root = this.temp.resolve("drop");
		FolderDrop drop = new FolderDrop(root);
		PackContents older = pack("older", "board-paper.pdf", "old paper", "tracker-notes.txt", "only in the old");
		PackContents newer = pack("newer", "board-paper.pdf", "new paper");
		drop.deliver(older);

		// when
		boolean heldBefore = drop.holds(newer);
		drop.deliver(newer);

		// then
		Path dropped = root.resolve("plan/2017-10");
		assertThat(heldBefore).isFalse();
		assertThat(drop.holds(newer)).isTrue();
		assertThat(drop.target(newer)).isEqualTo(dropped.toString());
		assertThat(names(dropped)).containsExactly("board-paper.pdf", "manifest.json");
		assertThat(dropped.resolve("board-paper.pdf")).hasContent("new paper");
		assertThat(names(root.resolve("plan"))).containsExactly("2017-10");
	}

	@Test
	void aFileThatDiffersFromItsManifestEntryIsNotDroppedAndTheOlderDropStays() throws IOException {
		// given
		Path root = this.temp.resolve("drop");
		FolderDrop drop = new FolderDrop(root);
		PackContents older = pack("older", "board-paper.pdf", "old paper");
		drop.deliver(older);
		PackContents changed = pack("changed", "board-paper.pdf", "as listed");
		Files.writeString(changed.folder().resolve("board-paper.pdf"), "changed after the manifest was written");

		// when / then
		assertThatIOException().isThrownBy(() -> drop.deliver(changed))
			.withMessageContaining("board-paper.pdf does not match its manifest entry");
		assertThat(root.resolve("plan/2017-10/board-paper.pdf")).hasContent("old paper");
		assertThat(drop.holds(older)).isTrue();
		assertThat(names(root.resolve("plan"))).containsExactly("2017-10");
	}

	/**
	 * A pack folder named {@code name} holding the given files (name, content pairs) and
	 * its manifest.
	 */
	private PackContents pack(String name, String... files) throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve(name));
		List<PackFile> entries = new ArrayList<>();
		StringBuilder manifest = new StringBuilder("{\"programme\": \"plan\", \"outputs\": [");
		for (int i = 0; i < files.length; i += 2) {
			byte[] bytes = files[i + 1].getBytes(StandardCharsets.UTF_8);
			Files.write(folder.resolve(files[i]), bytes);
			entries.add(new PackFile(files[i], Checksums.sha256(bytes), bytes.length));
			manifest.append((i == 0) ? "" : ", ").append("\"").append(files[i]).append("\"");
		}
		byte[] manifestBytes = manifest.append("]}").toString().getBytes(StandardCharsets.UTF_8);
		Files.write(folder.resolve(PackContents.MANIFEST), manifestBytes);
		entries.add(new PackFile(PackContents.MANIFEST, Checksums.sha256(manifestBytes), manifestBytes.length));
		return new PackContents(folder, "plan", "2017-10", Checksums.sha256(manifestBytes), entries, null);
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
