package org.boardpack.serve;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.boardpack.schedule.Schedule;

import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;

/**
 * Fires at a programme's schedule as its {@code programme.yml} says now: the schedule is
 * looked up afresh each time the next run is worked out, so an export that re-read a
 * changed file is followed by the new time.
 */
record ProgrammeTrigger(ServedProgramme programme) implements Trigger {

	@Override
	public Instant nextExecution(TriggerContext context) {
		Schedule schedule = this.programme.schedule();
		if (schedule == null) {
			this.programme.nextRun(null);
			return null;
		}
		Instant after = context.getClock().instant();
		// A run that ended within the second it was due at must not be due again at that
		// same second.
		Instant last = context.lastScheduledExecution();
		if (last != null && !last.isBefore(after)) {
			after = last;
		}
		ZonedDateTime next = schedule.next(after);
		this.programme.nextRun(next);
		return (next != null) ? next.toInstant() : null;
	}

}
