package org.boardpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.TestFolders;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Gives each test class its own in-memory store and output folder. */
abstract class PackTestSupport {

	private static final Path ROOT = temporaryFolder();

	@DynamicPropertySource
	static void storeAndOutput(DynamicPropertyRegistry registry) {
		registry.add("boardpack.output-dir", () -> ROOT.resolve("output").toString());
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + ROOT.getFileName() + ";DB_CLOSE_DELAY=-1");
	}

	static Path outputDir() {
		return ROOT.resolve("output");
	}

	/** A copy of a programme folder that a test may change, in a folder of the same name. */
	static Path copyProgramme(Path programme) throws IOException {
		return TestFolders.copy(programme,
				Files.createTempDirectory(ROOT, "programme").resolve(programme.getFileName().toString()));
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("boardpack-tests");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
