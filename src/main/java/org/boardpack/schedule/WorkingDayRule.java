package org.boardpack.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "06:00 on the 5th working day": a time of day on the nth working day of every month.
 */
public record WorkingDayRule(LocalTime time, int day) implements Rule {

	/** Every month has at least this many working days, even April with Easter in it. */
	public static final int MOST = 18;

	private static final Pattern PHRASE = Pattern
		.compile("(\\d{1,2}):(\\d{2})\\s+on\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+working\\s+day"
				+ "(?:\\s+of\\s+(?:the|each|every)\\s+month)?");

	/**
	 * The rule the phrase describes; null when the text is not written as the phrase.
	 * @throws IllegalArgumentException when the time or the day is out of range
	 */
	public static WorkingDayRule parse(String text) {
		Matcher matcher = PHRASE.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			return null;
		}
		int hour = Integer.parseInt(matcher.group(1));
		int minute = Integer.parseInt(matcher.group(2));
		if (hour > 23 || minute > 59) {
			throw new IllegalArgumentException(matcher.group(1) + ":" + matcher.group(2)
					+ " is not a time of day; write it as HH:MM, 00:00 to 23:59");
		}
		int day = Integer.parseInt(matcher.group(3));
		if (day < 1 || day > MOST) {
			throw new IllegalArgumentException("the working day must be from the 1st to the " + MOST
					+ "th, which every month has; " + day + " is not");
		}
		return new WorkingDayRule(LocalTime.of(hour, minute), day);
	}

	@Override
	public ZonedDateTime next(ZonedDateTime after, WorkingDays days) {
		YearMonth month = YearMonth.from(after);
		// A month short of working days (a long list of holidays) is passed over; two
		// years is plenty to look.
		for (int i = 0; i < 24; i++, month = month.plusMonths(1)) {
			LocalDate date = days.nth(month, this.day);
			if (date != null) {
				// In a gap when clocks go forward the time moves on by the gap; in an
				// overlap the earlier one counts.
				ZonedDateTime fire = ZonedDateTime.of(date, this.time, after.getZone());
				if (fire.isAfter(after)) {
					return fire;
				}
			}
		}
		return null;
	}

}
