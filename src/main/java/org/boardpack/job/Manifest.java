package org.boardpack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.boardpack.input.Checksums;
import org.boardpack.rollup.RollupJson;

/**
 * {@code manifest.json}: what a pack holds and what it was made from. It carries no clock time, so that the
 * same inputs give the same bytes.
 */
public record Manifest(String programme, String period, String asAt, String version, String dataLabel,
		List<FileEntry> outputs, List<FileEntry> inputs) {

	public static final String FILE = "manifest.json";

	/** A file with its SHA-256 checksum and size. */
	public record FileEntry(String file, String sha256, Long bytes) {
	}

	/** Describes every file already in {@code folder}, and the inputs by their stored checksums. */
	public static Manifest of(Path folder, String programme, String period, String asAt, String version,
			String dataLabel, Map<String, String> inputChecksums) throws IOException {
		List<FileEntry> outputs = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				byte[] bytes = Files.readAllBytes(file);
				outputs.add(new FileEntry(file.getFileName().toString(), Checksums.sha256(bytes), (long) bytes.length));
			}
		}
		List<FileEntry> inputs = inputChecksums.entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map((e) -> new FileEntry(e.getKey(), e.getValue(), null))
			.toList();
		return new Manifest(programme, period, asAt, version, dataLabel, outputs, inputs);
	}

	public void write(Path folder) throws IOException {
		Files.write(folder.resolve(FILE), RollupJson.MAPPER.writeValueAsBytes(this));
	}

}
