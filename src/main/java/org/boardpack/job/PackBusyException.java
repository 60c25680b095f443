package org.boardpack.job;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Thrown when a run of the same programme is already in progress, in this process or
 * another; runs of one programme share its plan in the store, so they are run one at a
 * time.
 */
public class PackBusyException extends RuntimeException {

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);

	PackBusyException(String programme, YearMonth period, LocalDateTime started) {
		super(message(programme, period, started));
	}

	/** The same refusal, read back from where a worker recorded it. */
	PackBusyException(String message) {
		super(message);
	}

	private static String message(String programme, YearMonth period, LocalDateTime started) {
		String other = (period != null) ? " for " + period : "";
		String since = (started != null) ? " (started " + STARTED.format(started) + ")" : "";
		return "another run of " + programme + other + " is in progress" + since
				+ "; wait for it to finish, then run again";
	}

}
