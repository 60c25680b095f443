package org.boardpack.committee;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.rollup.RollupJson;
import org.boardpack.system.FileEntry;

/**
 * {@code manifest.json} of a committee paper: the meeting, its report number, the monthly
 * pack it was made from (by the checksum of that pack's own manifest, which lists the
 * inputs) and each file with its checksum. It carries no clock time, so the same meeting
 * and inputs give the same bytes.
 */
record CommitteeManifest(String programme, String committee, String committeeName, String meeting, String reportNumber,
		String classification, String period, String asAt, String pack, String packManifestSha256, String version,
		List<FileEntry> outputs) {

	void write(Path folder) throws IOException {
		Files.write(folder.resolve(FileEntry.MANIFEST), RollupJson.MAPPER.writeValueAsBytes(this));
	}

}
