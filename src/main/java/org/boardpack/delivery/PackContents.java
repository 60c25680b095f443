package org.boardpack.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.Checksums;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupJson;
import org.boardpack.system.FileEntry;
import org.boardpack.system.OutputFile;

import tools.jackson.databind.JsonNode;

/**
 * A published pack as its deliveries see it: its files as its {@code manifest.json} lists
 * them, the manifest itself, and the digest of the manifest, which names this exact pack
 * in the delivery records.
 */
record PackContents(Path folder, String programme, String period, String digest, List<PackFile> files, Rollup rollup) {

	static final String MANIFEST = FileEntry.MANIFEST;

	PackContents {
		files = List.copyOf(files);
	}

	static PackContents read(Path folder) throws IOException {
		byte[] manifest = Files.readAllBytes(folder.resolve(MANIFEST));
		JsonNode root = RollupJson.MAPPER.readTree(manifest);
		List<PackFile> files = new ArrayList<>();
		for (JsonNode output : root.get("outputs")) {
			files.add(new PackFile(output.get("file").asString(), output.get("sha256").asString(),
					output.get("bytes").asLong()));
		}
		files.add(new PackFile(MANIFEST, Checksums.sha256(manifest), manifest.length));
		return new PackContents(folder, root.get("programme").asString(), root.get("period").asString(),
				Checksums.sha256(manifest), files, RollupJson.read(folder.resolve(OutputFile.ROLLUP.fileName())));
	}

	/** The pack's PDFs, the files an e-mail carries. */
	List<PackFile> pdfs() {
		return this.files.stream().filter((file) -> file.name().endsWith(".pdf")).toList();
	}

}
