package org.boardpack.committee;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.input.Checksums;
import org.boardpack.rollup.RollupJson;

/**
 * {@code manifest.json} of a committee paper: the meeting, its report number, the monthly pack it was made from
 * (by the checksum of that pack's own manifest, which lists the inputs) and each file with its checksum. It
 * carries no clock time, so the same meeting and inputs give the same bytes.
 */
record CommitteeManifest(String programme, String committee, String committeeName, String meeting,
		String reportNumber, String classification, String period, String asAt, String pack, String packManifestSha256,
		String version, List<FileEntry> outputs) {

	static final String FILE = "manifest.json";

	/** An output with its SHA-256 checksum and size. */
	record FileEntry(String file, String sha256, long bytes) {
	}

	static List<FileEntry> outputs(Path folder) throws IOException {
		List<FileEntry> outputs = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				byte[] bytes = Files.readAllBytes(file);
				outputs.add(new FileEntry(file.getFileName().toString(), Checksums.sha256(bytes), bytes.length));
			}
		}
		return outputs;
	}

	void write(Path folder) throws IOException {
		Files.write(folder.resolve(FILE), RollupJson.MAPPER.writeValueAsBytes(this));
	}

}
