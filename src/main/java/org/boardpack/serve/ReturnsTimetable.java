package org.boardpack.serve;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.programme.ReturnsSettings;
import org.boardpack.schedule.Schedule;

/**
 * When serve asks the leads for a month's returns and when it reminds them, in the month
 * after it, by the programme's {@code returns:} and its schedule's zone and holidays.
 *
 * @param request null when the programme has serve ask no one
 * @param reminder null when it sends no reminder
 */
record ReturnsTimetable(YearMonth period, ZonedDateTime request, ZonedDateTime reminder) {

	static ReturnsTimetable of(ProgrammeSettings settings, YearMonth period) {
		ReturnsSettings returns = settings.returns();
		if (returns.request() == null) {
			return new ReturnsTimetable(period, null, null);
		}
		return new ReturnsTimetable(period, at(settings, period, returns.request().day()),
				(returns.reminderWorkingDay() > 0) ? at(settings, period, returns.reminderWorkingDay()) : null);
	}

	/**
	 * The timetable of the month whose returns are asked for in the month of {@code now}:
	 * the month before it.
	 */
	static ReturnsTimetable current(ProgrammeSettings settings, Instant now) {
		return of(settings, YearMonth.from(now.atZone(zone(settings))).minusMonths(1));
	}

	/**
	 * The first request or reminder strictly after {@code after}; null when serve sends
	 * none.
	 */
	static ZonedDateTime next(ProgrammeSettings settings, Instant after) {
		ReturnsTimetable month = current(settings, after);
		// this month's messages, else next month's
		for (int i = 0; i < 2; i++, month = of(settings, month.period().plusMonths(1))) {
			for (ZonedDateTime time : new ZonedDateTime[] { month.request(), month.reminder() }) {
				if (time != null && time.toInstant().isAfter(after)) {
					return time;
				}
			}
		}
		return null;
	}

	/** Whether the request is due at {@code now}: its time has come in its month. */
	boolean requestDue(Instant now) {
		return this.request != null && !this.request.toInstant().isAfter(now);
	}

	/** Whether the reminder is due at {@code now}. */
	boolean reminderDue(Instant now) {
		return this.reminder != null && !this.reminder.toInstant().isAfter(now);
	}

	static ZoneId zone(ProgrammeSettings settings) {
		return (settings.schedule() != null) ? settings.schedule().zone() : Schedule.LONDON;
	}

	private static ZonedDateTime at(ProgrammeSettings settings, YearMonth period, int workingDay) {
		LocalDate day = Schedule.workingDay(settings.schedule(), period.plusMonths(1), workingDay);
		// a month whose holidays leave it short of working days sends nothing
		return (day != null) ? ZonedDateTime.of(day, settings.returns().request().time(), zone(settings)) : null;
	}

}
