package org.boardpack.input;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads typed values from table rows. A bad value is recorded as a problem naming the
 * file, row and column, and null is returned so that reading goes on and every problem is
 * found.
 */
public final class Fields {

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

	private final Problems problems;

	public Fields(Problems problems) {
		this.problems = problems;
	}

	public String required(Table.Row row, String column) {
		String text = row.text(column);
		if (text.isEmpty()) {
			this.problems.add(row.problem(column, "is empty; a value is required"));
			return null;
		}
		return text;
	}

	public String optional(Table.Row row, String column) {
		String text = row.text(column);
		return text.isEmpty() ? null : text;
	}

	public LocalDate date(Table.Row row, String column) {
		String text = row.text(column);
		if (text.isEmpty()) {
			return null;
		}
		UkDates.Reading reading = UkDates.read(text);
		if (reading.problem() != null) {
			this.problems.add(row.problem(column, "%s", reading.problem()));
		}
		return reading.date();
	}

	public YearMonth period(Table.Row row, String column) {
		String text = required(row, column);
		YearMonth period = (text != null) ? Periods.parse(text) : null;
		if (period == null && text != null && text.matches("\\d{4}-\\d{2}-01")) {
			// Excel stores a month typed as 2016-09 as the date 1 September 2016.
			period = YearMonth.from(LocalDate.parse(text));
		}
		if (text != null && period == null) {
			this.problems.add(row.problem(column, "\"%s\" is not a period; write it as YYYY-MM", text));
		}
		return period;
	}

	/** A number; "71%" and "1,204" are read as 71 and 1204. Null when empty. */
	public Double number(Table.Row row, String column) {
		String text = row.text(column);
		if (text.isEmpty()) {
			return null;
		}
		Double value = Fields.parseNumber(text);
		if (value == null) {
			this.problems.add(row.problem(column, "\"%s\" is not a number", text));
		}
		return value;
	}

	public Integer integer(Table.Row row, String column, int min, int max) {
		Double value = number(row, column);
		if (value == null) {
			return null;
		}
		if (value != Math.rint(value) || value < min || value > max) {
			// "150% is not a whole number" would be untrue: say what is wrong with it.
			String wrong = (value != Math.rint(value)) ? "is not a whole number"
					: (value > max) ? "is more than " + max : "is less than " + min;
			this.problems.add(
					row.problem(column, "%s %s: give a whole number from %d to %d", row.text(column), wrong, min, max));
			return null;
		}
		return value.intValue();
	}

	/**
	 * A word from a fixed list, read by {@code parser} (which returns null for an unknown
	 * word).
	 */
	public <T> T word(Table.Row row, String column, Function<String, T> parser, String allowed) {
		String text = row.text(column);
		if (text.isEmpty()) {
			return null;
		}
		T value = parser.apply(text);
		if (value == null) {
			this.problems.add(row.problem(column, "\"%s\" is not one of: %s", text, allowed));
		}
		return value;
	}

	/** yes/no, true/false, y/n, 1/0; empty is false. */
	public boolean flag(Table.Row row, String column) {
		String text = row.text(column).toLowerCase(Locale.ROOT);
		return switch (text) {
			case "", "no", "n", "false", "0" -> false;
			case "yes", "y", "true", "1" -> true;
			default -> {
				this.problems.add(row.problem(column, "\"%s\" is not yes or no", row.text(column)));
				yield false;
			}
		};
	}

	/**
	 * A plain decimal number, allowing "%", "£" and thousands separators; null for
	 * anything else.
	 */
	public static Double parseNumber(String text) {
		String plain = text.replace(",", "").replace("%", "").replace("£", "").strip();
		Double value = NUMBER.matcher(plain).matches() ? Double.valueOf(plain) : null;
		return (value != null && Double.isFinite(value)) ? value : null;
	}

}
