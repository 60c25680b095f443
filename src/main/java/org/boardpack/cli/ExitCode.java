package org.boardpack.cli;

/** The process exit statuses, documented in docs/commands.md. */
public enum ExitCode {

	/** The command did what it was asked. */
	OK(0),
	/** The run failed for a reason other than the input (a disk, the database). */
	FAILED(1),
	/** The command line was wrong. */
	USAGE(2),
	/**
	 * The programme's files have problems; they are listed, nothing was stored or
	 * written.
	 */
	INVALID_INPUT(3),
	/**
	 * Another run of the same programme is in progress; nothing was stored or written.
	 */
	BUSY(4),
	/**
	 * The run was asked to stop (SIGTERM) and stopped between stages; running again
	 * resumes it.
	 */
	STOPPED(5);

	private final int status;

	ExitCode(int status) {
		this.status = status;
	}

	public int status() {
		return this.status;
	}

}
