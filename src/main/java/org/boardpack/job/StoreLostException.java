package org.boardpack.job;

import java.time.YearMonth;

/**
 * Thrown when the store stopped answering during a run. The published pack is untouched;
 * the next run, once the store is back, resumes or remakes the period.
 */
public class StoreLostException extends RuntimeException {

	StoreLostException(String store, String programme, YearMonth period, String reason, Throwable cause) {
		super("lost the store (" + store + ") during the run of " + programme + " for " + period + ": " + reason
				+ ". The published pack is as it was; when the store is back, run again to resume", cause);
	}

}
