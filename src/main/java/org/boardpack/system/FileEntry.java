package org.boardpack.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.boardpack.input.Checksums;

/**
 * A file as a {@code manifest.json} lists it: its name, SHA-256 checksum and, for an
 * output, its size (the store keeps no size for inputs).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileEntry(String file, String sha256, Long bytes) {

	/** The manifest's own name, which it does not list. */
	public static final String MANIFEST = OutputFile.MANIFEST.fileName();

	/**
	 * Every file in {@code folder} but the manifest, by name, with its checksum and size.
	 */
	public static List<FileEntry> outputs(Path folder) throws IOException {
		List<FileEntry> outputs = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				if (!file.getFileName().toString().equals(MANIFEST)) {
					byte[] bytes = Files.readAllBytes(file);
					outputs.add(
							new FileEntry(file.getFileName().toString(), Checksums.sha256(bytes), (long) bytes.length));
				}
			}
		}
		return outputs;
	}

}
