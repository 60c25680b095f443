package org.boardpack.render;

import java.io.IOException;
import java.nio.file.Path;

import org.boardpack.rollup.Rollup;

/**
 * One output of the monthly pack, made from the roll-up alone: a renderer never reads the store. The
 * programme's folder is given for what lives beside the data, such as its narrative and its own templates.
 */
public interface PackRenderer {

	/** The file's name in the pack folder, e.g. {@code rag-tracker.xlsx}. */
	String fileName();

	void render(Rollup rollup, Path programmeFolder, Path file) throws IOException;

}
