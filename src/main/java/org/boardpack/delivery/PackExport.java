package org.boardpack.delivery;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * Runs a programme's monthly pack for a period and delivers it through every channel its
 * {@code programme.yml} names. Used by the {@code export} command and by {@code serve}'s
 * schedule alike.
 */
public interface PackExport {

	/**
	 * Makes the pack (or resumes it) and delivers it; a delivery that already succeeded
	 * is not repeated.
	 */
	Exported export(Path programmeFolder, YearMonth period) throws Exception;

	/** Where the pack was published and how each delivery went. */
	record Exported(String programme, YearMonth period, Path pack, List<Delivered> deliveries) {

		public Exported {
			deliveries = List.copyOf(deliveries);
		}

		/**
		 * The deliveries that failed after every attempt; the next export tries them
		 * again.
		 */
		public List<Delivered> failed() {
			return this.deliveries.stream().filter((d) -> d.status() == Status.FAILED).toList();
		}

	}

	/**
	 * One delivery: its channel ("folder", "email"), where it went, how it ended, and
	 * that in words.
	 */
	record Delivered(String channel, String target, Status status, String outcome) {
	}

	/** How a delivery ended. */
	enum Status {

		/** Delivered by this export. */
		DELIVERED,
		/** Delivered before, so not repeated. */
		ALREADY_DELIVERED,
		/** Failed after every attempt; recorded, and tried again by the next export. */
		FAILED

	}

}
