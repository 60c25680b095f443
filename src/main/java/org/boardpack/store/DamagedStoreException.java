package org.boardpack.store;

import java.nio.file.Path;

/**
 * Thrown at start-up when the embedded store's file is damaged: empty, unreadable, or
 * holding older records than it did when boardpack last wrote to it. Nothing is run; the
 * message says how to recover.
 */
public class DamagedStoreException extends RuntimeException {

	DamagedStoreException(Path file, String damage) {
		super("the embedded store " + file + " is damaged: " + damage + ". Nothing was run or changed. Stop "
				+ "boardpack and put the store folder back from a backup, or run again with --new-store to put the "
				+ "damaged file aside and start an empty store; an empty store has no record of earlier runs and "
				+ "deliveries, so the next export sends its pack again");
	}

}
