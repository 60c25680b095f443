package org.boardpack.job;

import java.nio.file.Path;

/**
 * Thrown when the disk filled up while a pack was written. The staging folder has been
 * removed, so that the run does not keep the disk full; the published pack is as it was,
 * and the next run makes the period afresh.
 */
public class DiskFullException extends RuntimeException {

	DiskFullException(Path file, Throwable cause) {
		super("no space left on the device while writing " + file + "; the unfinished pack was removed to give the "
				+ "space back and the published pack is as it was; free some space, then run again", cause);
	}

	/**
	 * The failure of a run as this exception when the disk filled up, with the staging
	 * folder removed; else the failure itself. The file named is the one the file system
	 * named, or the staging folder.
	 */
	static Exception of(Exception failure, PackFolder pack) throws java.io.IOException {
		if (!isDiskFull(failure)) {
			return failure;
		}
		pack.discard();
		Path file = pack.staging();
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
				file = Path.of(fs.getFile());
				break;
			}
		}
		return new DiskFullException(file, failure);
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
