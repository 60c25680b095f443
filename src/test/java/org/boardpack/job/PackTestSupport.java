package org.boardpack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.TestFolders;
import org.boardpack.TestStore;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Gives each test class its own in-memory store and output folder. */
abstract class PackTestSupport {

	private static final TestStore STORE = TestStore.create("boardpack-tests");

	@DynamicPropertySource
	static void storeAndOutput(DynamicPropertyRegistry registry) {
		STORE.register(registry);
	}

	static Path outputDir() {
		return STORE.output();
	}

	/**
	 * A copy of a programme folder that a test may change, in a folder of the same name.
	 */
	static Path copyProgramme(Path programme) throws IOException {
		return TestFolders.copy(programme,
				Files.createTempDirectory(STORE.root(), "programme").resolve(programme.getFileName().toString()));
	}

}
