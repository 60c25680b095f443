package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Programme folders that hold only a {@code programme.yml}, for the tests of its
 * settings.
 */
final class SettingsFolders {

	/** The settings every programme needs; a test adds the ones it is about. */
	static final String REQUIRED = """
			id: test-plan
			title: Test improvement plan
			start: 2016-06
			end: 2017-10
			""";

	private SettingsFolders() {
	}

	/**
	 * A folder {@code test-plan} in {@code parent} whose programme.yml is
	 * {@code settings}.
	 */
	static Path folder(Path parent, String settings) throws IOException {
		Path folder = Files.createDirectories(parent.resolve("test-plan"));
		Files.writeString(folder.resolve("programme.yml"), settings);
		return folder;
	}

}
