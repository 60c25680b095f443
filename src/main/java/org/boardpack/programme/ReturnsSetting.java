package org.boardpack.programme;

import java.util.Set;
import java.util.function.BiConsumer;

import org.boardpack.input.Text;
import org.boardpack.schedule.WorkingDayRule;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code returns:} of {@code programme.yml}: {@code dueWorkingDay}, {@code request}
 * and {@code reminderDaysBefore}, each checked against the others so that the request
 * goes out before the reminder, and the reminder before the due day.
 */
final class ReturnsSetting {

	private static final Set<String> KEYS = Set.of("dueWorkingDay", "request", "reminderDaysBefore");

	private static final String NONE = "none";

	private final BiConsumer<String, String> problems;

	private boolean failed;

	private ReturnsSetting(BiConsumer<String, String> problems) {
		this.problems = problems;
	}

	/**
	 * The settings (the defaults when there is no block), or null after reporting (key,
	 * message) for each problem.
	 */
	static ReturnsSettings read(JsonNode node, BiConsumer<String, String> problems) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return ReturnsSettings.DEFAULTS;
		}
		return new ReturnsSetting(problems).settings(node);
	}

	private ReturnsSettings settings(JsonNode node) {
		if (!node.isObject()) {
			problem("returns", "returns must be a block with dueWorkingDay, request and reminderDaysBefore, such as "
					+ "\"dueWorkingDay: 3\"");
			return null;
		}
		node.properties().forEach((field) -> {
			if (!KEYS.contains(field.getKey())) {
				problem(field.getKey(), "unknown setting \"returns." + field.getKey()
						+ "\"; the settings are: dueWorkingDay, request, reminderDaysBefore");
			}
		});
		int due = number(node.get("dueWorkingDay"), "dueWorkingDay", ReturnsSettings.DEFAULTS.dueWorkingDay(), 1,
				WorkingDayRule.MOST);
		WorkingDayRule request = request(node.get("request"));
		JsonNode reminder = node.get("reminderDaysBefore");
		Integer daysBefore;
		if (reminder != null && NONE.equals(reminder.asString(""))) {
			daysBefore = null;
		}
		else {
			daysBefore = number(reminder, "reminderDaysBefore", ReturnsSettings.REMINDER_DAYS_BEFORE, 0,
					WorkingDayRule.MOST);
			if (reminder != null && !reminder.isNull() && request == null && !this.failed) {
				problem("reminderDaysBefore", "returns.reminderDaysBefore: serve reminds at the time of the request; "
						+ "give returns.request too, such as \"09:00 on the 1st working day\"");
			}
		}
		if (this.failed) {
			return null;
		}
		ReturnsSettings settings = new ReturnsSettings(due, request, (request != null) ? daysBefore : null);
		inOrder(settings);
		return this.failed ? null : settings;
	}

	/** The request before the reminder, the reminder on or before the due day. */
	private void inOrder(ReturnsSettings settings) {
		if (settings.request() == null) {
			return;
		}
		int asked = settings.request().day();
		if (asked >= settings.dueWorkingDay()) {
			problem("request", Text.format(
					"returns.request: the request would go out on the %s working day, when returns are due on the %s; "
							+ "send it before the due day",
					ordinal(asked), ordinal(settings.dueWorkingDay())));
		}
		else if (settings.reminderDaysBefore() != null && settings.reminderWorkingDay() <= asked) {
			problem("reminderDaysBefore", Text.format(
					"returns.reminderDaysBefore: %d working days before the %s is not after the request on the %s "
							+ "working day; remind fewer days before the due day, or write none",
					settings.reminderDaysBefore(), ordinal(settings.dueWorkingDay()), ordinal(asked)));
		}
	}

	private WorkingDayRule request(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		String text = node.asString(node.toString());
		try {
			WorkingDayRule rule = WorkingDayRule.parse(text);
			if (rule != null) {
				return rule;
			}
			problem("request", "returns.request: \"" + text.strip() + "\" is not a time on a working day; write it as "
					+ "\"09:00 on the 1st working day\" (of the month after the period)");
		}
		catch (IllegalArgumentException ex) {
			problem("request", "returns.request: " + ex.getMessage());
		}
		return null;
	}

	private int number(JsonNode node, String key, int otherwise, int min, int max) {
		if (node == null || node.isNull()) {
			return otherwise;
		}
		if (!node.isInt() || node.asInt() < min || node.asInt() > max) {
			problem(key, Text.format("returns.%s: \"%s\" is not a whole number from %d to %d", key,
					node.asString(node.toString()), min, max));
			return otherwise;
		}
		return node.asInt();
	}

	static String ordinal(int n) {
		String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	private void problem(String key, String message) {
		this.failed = true;
		this.problems.accept(key, message);
	}

}
