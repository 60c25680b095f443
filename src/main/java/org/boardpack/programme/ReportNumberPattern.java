package org.boardpack.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A committee's report number pattern, such as {@code CS{fy}{seq:3}}: text with
 * placeholders for the year and the sequence number. {@code {yy}} and {@code {yyyy}} are
 * the meeting's calendar year; {@code {fy}} is the financial year (April to March) by the
 * two digits of the year it ends in, as Bromley numbers its reports (CS17036 in September
 * 2016, CS17089 in January 2017); {@code {seq}} or {@code {seq:3}} is the sequence
 * number, padded with zeros to that width. The sequence starts again each year the
 * pattern names.
 */
public record ReportNumberPattern(String pattern) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

	private static final Pattern SEQUENCE = Pattern.compile("seq(?::([1-9]))?");

	/** What is wrong with the pattern, in plain words; empty when it is sound. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(this.pattern);
		int sequences = 0;
		boolean calendar = false;
		boolean financial = false;
		while (matcher.find()) {
			String name = matcher.group(1);
			if (SEQUENCE.matcher(name).matches()) {
				sequences++;
			}
			else if (name.equals("yy") || name.equals("yyyy")) {
				calendar = true;
			}
			else if (name.equals("fy")) {
				financial = true;
			}
			else {
				problems.add("{" + name + "} is not a placeholder; the placeholders are {yy}, {yyyy}, {fy}, {seq} "
						+ "and {seq:N}");
			}
		}
		if (sequences != 1) {
			problems.add((sequences == 0) ? "has no {seq}; write where the sequence number goes, e.g. \"CS{fy}{seq:3}\""
					: "has {seq} more than once");
		}
		if (calendar && financial) {
			problems.add("names both the calendar year and the financial year; use one");
		}
		return problems;
	}

	/**
	 * The year whose sequence a meeting's number belongs to: its calendar year, or the
	 * year its financial year ends; 0 when the pattern names no year and the sequence
	 * never starts again.
	 */
	public int sequenceYear(LocalDate meeting) {
		if (this.pattern.contains("{fy}")) {
			return financialYearEnd(meeting);
		}
		return (this.pattern.contains("{yy}") || this.pattern.contains("{yyyy}")) ? meeting.getYear() : 0;
	}

	/** The report number of the meeting's paper with this sequence number. */
	public String format(LocalDate meeting, int sequence) {
		Matcher matcher = PLACEHOLDER.matcher(this.pattern);
		StringBuilder number = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			Matcher seq = SEQUENCE.matcher(name);
			String value = switch (name) {
				case "yy" -> twoDigits(meeting.getYear());
				case "yyyy" -> String.valueOf(meeting.getYear());
				case "fy" -> twoDigits(financialYearEnd(meeting));
				default -> seq.matches() ? padded(sequence, (seq.group(1) != null) ? Integer.parseInt(seq.group(1)) : 1)
						: matcher.group();
			};
			matcher.appendReplacement(number, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(number);
		return number.toString();
	}

	private static int financialYearEnd(LocalDate date) {
		return (date.getMonthValue() >= 4) ? date.getYear() + 1 : date.getYear();
	}

	private static String twoDigits(int year) {
		return padded(year % 100, 2);
	}

	private static String padded(int value, int width) {
		String digits = String.valueOf(value);
		return "0".repeat(Math.max(0, width - digits.length())) + digits;
	}

}
