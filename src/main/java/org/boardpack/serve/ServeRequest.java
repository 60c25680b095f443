package org.boardpack.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What {@code serve} serves: the programme folders, each with its own {@code schedule:},
 * and the clock their schedules are read against (the system clock, or one set to another
 * time to rehearse a schedule).
 */
public record ServeRequest(List<Path> folders, Clock clock) {

	public ServeRequest {
		folders = List.copyOf(folders);
		clock = (clock != null) ? clock : Clock.systemUTC();
	}

}
