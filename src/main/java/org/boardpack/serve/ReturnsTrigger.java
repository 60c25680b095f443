package org.boardpack.serve;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.boardpack.programme.ProgrammeSettings;

import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;

/**
 * Fires at a programme's next return request or reminder, as its {@code programme.yml}
 * says now.
 */
record ReturnsTrigger(ServedProgramme programme) implements Trigger {

	@Override
	public Instant nextExecution(TriggerContext context) {
		ProgrammeSettings settings = this.programme.settings();
		if (settings == null) {
			this.programme.nextReturns(null);
			return null;
		}
		Instant after = context.getClock().instant();
		// A round that ended within the second it was due at must not be due again then.
		Instant last = context.lastScheduledExecution();
		if (last != null && !last.isBefore(after)) {
			after = last;
		}
		ZonedDateTime next = ReturnsTimetable.next(settings, after);
		this.programme.nextReturns(next);
		return (next != null) ? next.toInstant() : null;
	}

}
