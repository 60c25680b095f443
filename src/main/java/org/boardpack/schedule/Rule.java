package org.boardpack.schedule;

import java.time.ZonedDateTime;

/** When a schedule fires: a cron expression, or a time on a working day of each month. */
sealed interface Rule permits CronRule, WorkingDayRule {

	/**
	 * The first fire time strictly after {@code after}, in its zone; null when there is
	 * none.
	 */
	ZonedDateTime next(ZonedDateTime after, WorkingDays days);

}
