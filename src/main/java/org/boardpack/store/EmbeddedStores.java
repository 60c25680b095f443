package org.boardpack.store;

import java.nio.file.Path;

/** Where an embedded (H2 file) store keeps its data, from the store's JDBC URL. */
final class EmbeddedStores {

	private static final String PREFIX = "jdbc:h2:file:";

	private EmbeddedStores() {
	}

	/**
	 * The store's path without H2's file suffix ({@code .../boardpack}), or null when it
	 * is not an H2 file.
	 */
	static Path base(String url) {
		if (url == null || !url.startsWith(PREFIX)) {
			return null;
		}
		String path = url.substring(PREFIX.length());
		int options = path.indexOf(';');
		return Path.of((options >= 0) ? path.substring(0, options) : path).toAbsolutePath().normalize();
	}

	/** The file H2 keeps the store in. */
	static Path file(Path base) {
		return base.resolveSibling(base.getFileName() + ".mv.db");
	}

}
