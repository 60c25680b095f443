package org.boardpack.delivery;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * Runs a programme's monthly pack for a period and delivers it through every channel its {@code programme.yml}
 * names. Used by the {@code export} command and by {@code serve}'s schedule alike.
 */
public interface PackExport {

	/** Makes the pack (or resumes it) and delivers it; a delivery that already succeeded is not repeated. */
	Exported export(Path programmeFolder, YearMonth period) throws Exception;

	/** Where the pack was published and how each delivery went. */
	record Exported(String programme, YearMonth period, Path pack, List<Delivered> deliveries) {

		public Exported {
			deliveries = List.copyOf(deliveries);
		}

	}

	/** One delivery: its channel ("folder", "email"), where it went, and how it ended, in words. */
	record Delivered(String channel, String target, String outcome) {
	}

}
