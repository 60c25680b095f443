package org.boardpack.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A committee's meetings written as a rule, such as "second Tuesday of each month" or
 * "last Wednesday of every month": one meeting a month, on the given weekday.
 *
 * @param ordinal 1 to 4 for the first to fourth such weekday, -1 for the last
 */
public record MeetingRule(int ordinal, DayOfWeek day) {

	private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

	private static final Pattern RULE = Pattern
		.compile("(first|second|third|fourth|last)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
				+ "\\s+of\\s+(?:each|every|the)\\s+month");

	/** The rule written in {@code text}, or null when it is not one. */
	public static MeetingRule parse(String text) {
		Matcher matcher = RULE.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			return null;
		}
		int ordinal = matcher.group(1).equals("last") ? -1 : ORDINALS.indexOf(matcher.group(1)) + 1;
		return new MeetingRule(ordinal, DayOfWeek.valueOf(matcher.group(2).toUpperCase(Locale.ROOT)));
	}

	/** The meeting in that month. */
	public LocalDate dateIn(YearMonth month) {
		LocalDate first = month.atDay(1);
		return (this.ordinal < 0) ? first.with(TemporalAdjusters.lastInMonth(this.day))
				: first.with(TemporalAdjusters.dayOfWeekInMonth(this.ordinal, this.day));
	}

}
