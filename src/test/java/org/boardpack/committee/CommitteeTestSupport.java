package org.boardpack.committee;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.TestFolders;
import org.boardpack.TestStore;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Gives each test class its own in-memory store and output folder, and copies of the
 * bundled programme.
 */
abstract class CommitteeTestSupport {

	static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	private static final TestStore STORE = TestStore.create("boardpack-committee-tests");

	@DynamicPropertySource
	static void storeAndOutput(DynamicPropertyRegistry registry) {
		STORE.register(registry);
	}

	static Path outputDir() {
		return STORE.output();
	}

	/**
	 * A copy of the bundled programme under its own id, so that its report numbers start
	 * afresh, with more committees (indented entries) added to the end of its
	 * {@code committees:}. Its monthly packs write only the roll-up, which is all a
	 * committee paper needs, to keep the tests quick.
	 */
	static Path programme(String id, String extraCommittees) throws IOException {
		Path folder = TestFolders.copy(BUNDLED, Files.createTempDirectory(STORE.root(), "programme").resolve(id));
		Path yml = folder.resolve("programme.yml");
		String text = Files.readString(yml)
			.replace("id: bromley-csc-2016", "id: " + id)
			.replace("\ncommittees:\n", "\noutputs: rollup\ncommittees:\n");
		Files.writeString(yml, text + extraCommittees);
		return folder;
	}

}
