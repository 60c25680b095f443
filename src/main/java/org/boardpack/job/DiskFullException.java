package org.boardpack.job;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Thrown when the disk filled up while a pack was written. The staging folder has been
 * removed, so that the run does not keep the disk full; the published pack is as it was,
 * and the next run makes the period afresh.
 */
public class DiskFullException extends RuntimeException {

	DiskFullException(Object writing, Throwable cause) {
		super("no space left on the device while writing " + writing + "; the unfinished pack was removed to give the "
				+ "space back and the published pack is as it was; free some space, then run again", cause);
	}

	/**
	 * The failure of a run as this exception when the disk filled up, with the staging
	 * folder removed; else the failure itself. The file named is the one the file system
	 * named, or the store when the database could not write, or the staging folder.
	 */
	static Exception of(Exception failure, PackFolder pack) throws IOException {
		return of(failure, pack, pack.staging());
	}

	/**
	 * As {@link #of(Exception, PackFolder)}, naming {@code writing} when the file system
	 * names no file.
	 */
	static Exception of(Exception failure, PackFolder pack, Path writing) throws IOException {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof DiskFullException named) {
				return named; // found in a stage, which removed the staging folder
			}
		}
		if (!isDiskFull(failure)) {
			return failure;
		}
		pack.discard();
		Object file = writing;
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof FileSystemException fs && fs.getFile() != null) {
				return new DiskFullException(fs.getFile(), failure);
			}
			if (t instanceof SQLException) {
				file = "the store"; // its driver names no file
			}
		}
		return new DiskFullException(file, failure);
	}

	/** Whether the failure is the file system's "No space left on device" (ENOSPC). */
	private static boolean isDiskFull(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
				return true;
			}
		}
		return false;
	}

}
