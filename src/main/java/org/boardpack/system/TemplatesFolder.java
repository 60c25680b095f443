package org.boardpack.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared templates folder every pack is written with, checked when a run or
 * {@code validate} starts: a missing folder would otherwise be found only at the render
 * stage, after the store has been changed.
 */
public final class TemplatesFolder {

	private TemplatesFolder() {
	}

	/**
	 * The folder as configured outside the application: {@code boardpack.templates-dir},
	 * then the environment.
	 */
	public static Path configured() {
		String named = System.getProperty("boardpack.templates-dir", System.getenv("BOARDPACK_TEMPLATES"));
		return Path.of((named != null && !named.isBlank()) ? named : "templates");
	}

	/**
	 * Throws {@link IllegalStateException} saying where the folder was looked for when it
	 * is not there.
	 */
	public static void require(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("the templates folder " + folder.toAbsolutePath().normalize() + " is "
					+ "missing; every pack is written with the templates there. Set BOARDPACK_TEMPLATES to the "
					+ "folder (./boardpack sets it to the templates/ folder beside it). Nothing was run");
		}
	}

}
