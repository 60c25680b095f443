package org.boardpack.serve;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

import org.boardpack.delivery.PackExport;

/**
 * How a programme's last scheduled export went: the period, when it started and ended,
 * its outcome ({@code completed}, {@code delivery failed}, {@code failed} or
 * {@code skipped}), a message saying why when it did not complete, and where the pack was
 * written and delivered.
 */
record LastRun(YearMonth period, ZonedDateTime started, ZonedDateTime finished, String outcome, String message,
		Path pack, List<PackExport.Delivered> deliveries) {

	/**
	 * The pack was made but a delivery failed after its retries: serve exports it again
	 * later.
	 */
	static final String DELIVERY_FAILED = "delivery failed";

	LastRun {
		deliveries = (deliveries != null) ? List.copyOf(deliveries) : List.of();
	}

}
