package org.boardpack.rollup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads {@code rollup.json}: camelCase keys in model order, dates as ISO text,
 * indented.
 */
public final class RollupJson {

	public static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private RollupJson() {
	}

	public static void write(Rollup rollup, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			MAPPER.writeValue(out, rollup);
		}
	}

	public static Rollup read(Path file) {
		return MAPPER.readValue(file.toFile(), Rollup.class);
	}

}
