package org.boardpack.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.pack.Pack;
import org.boardpack.system.OutputFile;

/**
 * Writes one document of a pack, in one or more formats, from the {@link Pack} alone: a
 * renderer reads neither the programme's folder nor the store.
 */
public interface PackRenderer {

	/** The files this renderer can write, in the order it writes them. */
	List<OutputFile> files();

	/** Writes those of its files that the pack includes into {@code folder}. */
	void render(Pack pack, Path folder) throws IOException;

}
