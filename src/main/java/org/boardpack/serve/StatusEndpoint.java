package org.boardpack.serve;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.boardpack.delivery.PackExport;
import org.boardpack.schedule.Schedule;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/boardpack}: for each served programme its schedule, next run, last run
 * and any problem with its {@code programme.yml}. Times are ISO 8601 in the schedule's
 * zone.
 */
@Component
@Profile(Serve.PROFILE)
@Endpoint(id = "boardpack")
class StatusEndpoint {

	private final ScheduledExports exports;

	StatusEndpoint(ScheduledExports exports) {
		this.exports = exports;
	}

	@ReadOperation
	Status status() {
		return new Status(this.exports.programmes().stream().map(StatusEndpoint::programme).toList());
	}

	private static ProgrammeStatus programme(ServedProgramme programme) {
		Schedule schedule = programme.schedule();
		ZonedDateTime next = programme.nextRun();
		LastRun last = programme.lastRun();
		return new ProgrammeStatus(programme.id(), (schedule != null) ? schedule.describe() : null, time(next),
				(next != null) ? YearMonth.from(next).minusMonths(1).toString() : null, programme.running().isLocked(),
				programme.problems(), (last != null) ? run(last) : null, time(programme.nextReturns()));
	}

	private static RunStatus run(LastRun last) {
		return new RunStatus(last.period().toString(), time(last.started()), time(last.finished()), last.outcome(),
				last.message(), (last.pack() != null) ? last.pack().toString() : null, last.deliveries());
	}

	private static String time(ZonedDateTime time) {
		return (time != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS))
				: null;
	}

	/** The status of every served programme, in the order given to serve. */
	record Status(List<ProgrammeStatus> programmes) {
	}

	/**
	 * One programme: {@code running} while an export of it (or a round of asking its
	 * leads for returns) is going on; {@code nextReturns} when its leads are next asked
	 * or reminded.
	 */
	record ProgrammeStatus(String programme, String schedule, String nextRun, String nextPeriod, boolean running,
			List<String> problems, RunStatus lastRun, String nextReturns) {
	}

	/**
	 * The last run: {@code outcome} is completed, failed or skipped; {@code message} says
	 * why when not completed.
	 */
	record RunStatus(String period, String started, String finished, String outcome, String message, String pack,
			List<PackExport.Delivered> deliveries) {
	}

}
