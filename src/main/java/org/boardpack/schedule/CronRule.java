package org.boardpack.schedule;

import java.time.ZonedDateTime;

import org.springframework.scheduling.support.CronExpression;

/**
 * A cron expression of six fields (second minute hour day month weekday), as Spring reads
 * it.
 */
record CronRule(CronExpression expression) implements Rule {

	@Override
	public ZonedDateTime next(ZonedDateTime after, WorkingDays days) {
		return this.expression.next(after);
	}

}
