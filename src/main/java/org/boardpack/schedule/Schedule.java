package org.boardpack.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a programme's pack is made and delivered: {@code when} is either "HH:MM on the Nth
 * working day" (of each month) or a cron expression of six fields; times are read in
 * {@code zone}. Working days are Monday to Friday less the England and Wales bank
 * holidays (when {@code bankHolidays}) and the listed {@code holidays}.
 */
public record Schedule(String when, ZoneId zone, List<LocalDate> holidays, boolean bankHolidays) {

	/** The zone of a schedule that names none. */
	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** Checks the rule, so that a schedule that exists can always be computed. */
	public Schedule {
		zone = (zone != null) ? zone : LONDON;
		holidays = (holidays != null) ? List.copyOf(holidays) : List.of();
		rule(when);
	}

	/** A schedule in Europe/London with England and Wales bank holidays. */
	public static Schedule of(String when) {
		return new Schedule(when, LONDON, List.of(), true);
	}

	/**
	 * The first time the schedule fires strictly after the instant, in its zone; null if
	 * it never does.
	 */
	public ZonedDateTime next(Instant after) {
		return rule(this.when).next(after.atZone(this.zone),
				new WorkingDays(Set.copyOf(this.holidays), this.bankHolidays));
	}

	/**
	 * The month's {@code n}th working day by this schedule's holidays, or by the England
	 * and Wales bank holidays alone when there is no schedule; null when the month has
	 * fewer.
	 */
	public static LocalDate workingDay(Schedule schedule, YearMonth month, int n) {
		WorkingDays days = (schedule != null) ? new WorkingDays(Set.copyOf(schedule.holidays), schedule.bankHolidays)
				: new WorkingDays(Set.of(), true);
		return days.nth(month, n);
	}

	/**
	 * The schedule as a person reads it: "06:00 on the 5th working day (Europe/London)".
	 */
	public String describe() {
		return this.when.strip() + " (" + this.zone.getId() + ")";
	}

	/**
	 * The rule {@code when} is written in.
	 * @throws IllegalArgumentException saying in plain words what is wrong with it
	 */
	private static Rule rule(String when) {
		if (when == null || when.isBlank()) {
			throw new IllegalArgumentException("no time is given; write a time and a working day, such as "
					+ "\"06:00 on the 5th working day\", or a cron expression such as \"0 0 6 5 * *\"");
		}
		WorkingDayRule phrase = WorkingDayRule.parse(when);
		if (phrase != null) {
			return phrase;
		}
		if (when.toLowerCase(Locale.ROOT).contains("working")) {
			// Meant as the phrase: what cron makes of it would only confuse.
			throw notUnderstood(when, null);
		}
		try {
			return new CronRule(CronExpression.parse(when.strip()));
		}
		catch (IllegalArgumentException ex) {
			throw notUnderstood(when, ex.getMessage());
		}
	}

	private static IllegalArgumentException notUnderstood(String when, String cronProblem) {
		return new IllegalArgumentException("\"" + when.strip() + "\" is not a schedule"
				+ ((cronProblem != null) ? " (as a cron expression: " + cronProblem + ")" : "")
				+ "; write a time and a working day, such as \"06:00 on the 5th working day\", or a cron expression "
				+ "of six fields, second minute hour day month weekday, such as \"0 0 6 5 * *\"");
	}

}
