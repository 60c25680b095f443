package org.boardpack.committee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.TestFolders;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Gives each test class its own in-memory store and output folder, and copies of the bundled programme. */
abstract class CommitteeTestSupport {

	static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	private static final Path ROOT = temporaryFolder();

	@DynamicPropertySource
	static void storeAndOutput(DynamicPropertyRegistry registry) {
		registry.add("boardpack.output-dir", () -> ROOT.resolve("output").toString());
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + ROOT.getFileName() + ";DB_CLOSE_DELAY=-1");
	}

	static Path outputDir() {
		return ROOT.resolve("output");
	}

	/**
	 * A copy of the bundled programme under its own id, so that its report numbers start afresh, with more
	 * committees (indented entries) added to the end of its {@code committees:}. Its monthly packs write only the roll-up, which is all a committee
	 * paper needs, to keep the tests quick.
	 */
	static Path programme(String id, String extraCommittees) throws IOException {
		Path folder = TestFolders.copy(BUNDLED, Files.createTempDirectory(ROOT, "programme").resolve(id));
		Path yml = folder.resolve("programme.yml");
		String text = Files.readString(yml).replace("id: bromley-csc-2016", "id: " + id)
			.replace("\ncommittees:\n", "\noutputs: rollup\ncommittees:\n");
		Files.writeString(yml, text + extraCommittees);
		return folder;
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("boardpack-committee-tests");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
