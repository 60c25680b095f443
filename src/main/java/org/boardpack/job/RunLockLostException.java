package org.boardpack.job;

import java.time.YearMonth;

/**
 * Thrown when a run finds its programme's run lock gone before it publishes (the
 * PostgreSQL server restarted, or the connection holding the lock was cut): another run
 * may have started meanwhile, so this one stops with the published pack untouched, and
 * the next run resumes or remakes it.
 */
public class RunLockLostException extends RuntimeException {

	RunLockLostException(String programme, YearMonth period) {
		super("the run of " + programme + " for " + period + " lost its run lock (the PostgreSQL server restarted "
				+ "or the connection holding the lock was cut), so another run may have started; it stopped before "
				+ "publishing and the published pack is as it was; run again");
	}

}
