package org.boardpack.job;

import java.time.YearMonth;

/**
 * Thrown when a run was asked to stop (SIGTERM, or a stop request) and stopped at a step
 * boundary: the published pack is untouched and the next run of the same period resumes
 * where this one stopped.
 */
public class PackStoppedException extends RuntimeException {

	PackStoppedException(String programme, YearMonth period, String stage) {
		super("stopped the run of " + programme + " for " + period + "; run again to resume"
				+ ((stage != null) ? " (from the " + stage + " stage)" : ""));
	}

}
