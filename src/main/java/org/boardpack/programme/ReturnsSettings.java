package org.boardpack.programme;

import org.boardpack.schedule.WorkingDayRule;

/**
 * {@code returns:} of {@code programme.yml}: the working day of the month after the
 * period that the month's returns are due on, and when {@code serve} e-mails each lead
 * their workbook and reminds those who have not returned.
 *
 * @param dueWorkingDay returns are due on this working day of the month after the period
 * @param request when serve sends each lead their workbook: a time on a working day of
 * the month after the period; null when serve asks no one
 * @param reminderDaysBefore how many working days before the due day serve reminds the
 * leads who have not returned, at the request's time of day; null when it does not
 */
public record ReturnsSettings(int dueWorkingDay, WorkingDayRule request, Integer reminderDaysBefore) {

	/** Due on the 3rd working day; serve sends nothing. */
	public static final ReturnsSettings DEFAULTS = new ReturnsSettings(3, null, null);

	/**
	 * The reminder's working day when a request is sent and {@code returns} says nothing
	 * of it.
	 */
	static final int REMINDER_DAYS_BEFORE = 1;

	/**
	 * The working day of the month after the period that serve reminds on, or 0 when it
	 * sends no reminder.
	 */
	public int reminderWorkingDay() {
		return (this.request != null && this.reminderDaysBefore != null) ? this.dueWorkingDay - this.reminderDaysBefore
				: 0;
	}

}
