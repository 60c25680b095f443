package org.boardpack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A store and output folder of the tests' own: an in-memory H2 store named after a fresh
 * temporary folder.
 */
public record TestStore(Path root) {

	/** A new temporary folder whose name starts with {@code prefix}. */
	public static TestStore create(String prefix) {
		try {
			return new TestStore(Files.createTempDirectory(prefix));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where the packs are written. */
	public Path output() {
		return this.root.resolve("output");
	}

	/** Points the application's output folder and store here. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("boardpack.output-dir", () -> output().toString());
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + this.root.getFileName() + ";DB_CLOSE_DELAY=-1");
	}

}
