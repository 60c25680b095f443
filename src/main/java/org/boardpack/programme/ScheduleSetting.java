package org.boardpack.programme;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.boardpack.schedule.Schedule;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code schedule:} of {@code programme.yml}: the rule on its own
 * ({@code schedule: "06:00 on the 5th
 * working day"}) or a block with {@code when}, {@code zone}, {@code holidays} and
 * {@code bankHolidays}.
 */
final class ScheduleSetting {

	private static final Set<String> KEYS = Set.of("when", "zone", "holidays", "bankHolidays");

	private static final String BANK_HOLIDAYS = "england-and-wales";

	private final BiConsumer<String, String> problems;

	private boolean failed;

	private ScheduleSetting(BiConsumer<String, String> problems) {
		this.problems = problems;
	}

	/**
	 * The schedule, or null when there is none or after reporting (key, message) for each
	 * problem.
	 */
	static Schedule read(JsonNode node, BiConsumer<String, String> problems) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return new ScheduleSetting(problems).schedule(node);
	}

	private Schedule schedule(JsonNode node) {
		if (node.isString()) {
			return build("schedule", node.asString(), null, List.of(), true);
		}
		if (!node.isObject()) {
			problem("schedule", "schedule must be a time and a working day, such as \"06:00 on the 5th working day\", "
					+ "a cron expression, or a block with when, zone, holidays and bankHolidays");
			return null;
		}
		node.properties().forEach((field) -> {
			if (!KEYS.contains(field.getKey())) {
				problem(field.getKey(), "unknown setting \"schedule." + field.getKey()
						+ "\"; the settings are: when, zone, holidays, bankHolidays");
			}
		});
		JsonNode when = node.get("when");
		if (when == null || !when.isString()) {
			problem("schedule", "schedule.when is missing: write a time and a working day, such as \"06:00 on the 5th "
					+ "working day\", or a cron expression such as \"0 0 6 5 * *\"");
		}
		ZoneId zone = zone(node.get("zone"));
		List<LocalDate> holidays = holidays(node.get("holidays"));
		boolean bankHolidays = bankHolidays(node.get("bankHolidays"));
		return (when != null && when.isString()) ? build("when", when.asString(), zone, holidays, bankHolidays) : null;
	}

	private Schedule build(String key, String when, ZoneId zone, List<LocalDate> holidays, boolean bankHolidays) {
		try {
			// The time is checked even after a problem elsewhere in the block, so that
			// both are listed at once.
			Schedule schedule = new Schedule(when, zone, holidays, bankHolidays);
			return this.failed ? null : schedule;
		}
		catch (IllegalArgumentException ex) {
			problem(key, "schedule: " + ex.getMessage());
			return null;
		}
	}

	private ZoneId zone(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		try {
			return ZoneId.of(node.asString(""));
		}
		catch (DateTimeException ex) {
			problem("zone", "schedule.zone: \"" + node.asString(node.toString())
					+ "\" is not a time zone; write it as Region/City, such as Europe/London");
			return null;
		}
	}

	private List<LocalDate> holidays(JsonNode node) {
		List<LocalDate> days = new ArrayList<>();
		if (node == null || node.isNull()) {
			return days;
		}
		List<JsonNode> items = new ArrayList<>();
		if (node.isArray()) {
			node.values().forEach(items::add);
		}
		else {
			items.add(node);
		}
		for (JsonNode item : items) {
			try {
				days.add(LocalDate.parse(item.asString("")));
			}
			catch (DateTimeParseException ex) {
				problem("holidays", "schedule.holidays: \"" + item.asString(item.toString())
						+ "\" is not a date; write it as YYYY-MM-DD");
			}
		}
		return days;
	}

	private boolean bankHolidays(JsonNode node) {
		String text = (node == null || node.isNull()) ? BANK_HOLIDAYS : node.asString(node.toString());
		if (!text.equals(BANK_HOLIDAYS) && !text.equals("none")) {
			problem("bankHolidays",
					"schedule.bankHolidays: \"" + text + "\" is not one of: " + BANK_HOLIDAYS + ", none");
		}
		return !text.equals("none");
	}

	private void problem(String key, String message) {
		this.failed = true;
		this.problems.accept(key, message);
	}

}
