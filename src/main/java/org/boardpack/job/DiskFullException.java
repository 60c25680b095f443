package org.boardpack.job;

import java.nio.file.Path;

/**
 * Thrown when the disk filled up while a pack was written. The staging folder has been removed, so that the run
 * does not keep the disk full; the published pack is as it was, and the next run makes the period afresh.
 */
public class DiskFullException extends RuntimeException {

	DiskFullException(Path file, Throwable cause) {
		super("no space left on the device while writing " + file + "; the unfinished pack was removed to give the "
				+ "space back and the published pack is as it was; free some space, then run again", cause);
	}

	/** Whether the failure is the file system's "No space left on device" (ENOSPC). */
	static boolean isDiskFull(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
				return true;
			}
		}
		return false;
	}

}
