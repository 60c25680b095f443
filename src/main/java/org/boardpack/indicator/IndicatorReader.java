package org.boardpack.indicator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.input.Fields;
import org.boardpack.input.Problems;
import org.boardpack.input.Table;
import org.boardpack.input.UniqueIds;

/**
 * Reads the indicator tables into records, recording every problem found instead of
 * stopping at the first.
 */
public final class IndicatorReader {

	public static final List<String> INDICATOR_COLUMNS = List.of("indicator_id", "priority_id", "title", "unit",
			"polarity", "accumulation", "source", "type", "tolerance");

	public static final List<String> TARGET_COLUMNS = List.of("indicator_id", "year", "target");

	public static final List<String> BENCHMARK_COLUMNS = List.of("indicator_id", "comparator", "year", "value");

	public static final List<String> BASELINE_COLUMNS = List.of("indicator_id", "year", "value", "note");

	public static final List<String> VALUE_COLUMNS = List.of("indicator_id", "period", "value", "numerator",
			"denominator", "note");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

	private static final Pattern RANGE = Pattern.compile("(.+?)\\s*\\.\\.\\s*(.+)");

	private final Problems problems;

	private final Fields fields;

	/** Each appendix code read, and the id of the indicator it belongs to. */
	private final Map<String, String> appendixCodes = new HashMap<>();

	public IndicatorReader(Problems problems) {
		this.problems = problems;
		this.fields = new Fields(problems);
	}

	/**
	 * The indicators, each once: {@code priority_id} may name several priorities and
	 * {@code appendix_code} the other codes the plan gives the same measure, both
	 * separated by ";". An appendix code may belong to one indicator only, and may not be
	 * another indicator's id.
	 */
	public List<Indicator> indicators(Table table, Set<String> priorityIds) {
		UniqueIds ids = new UniqueIds(this.problems);
		List<Indicator> indicators = new ArrayList<>();
		Map<String, Table.Row> codeRows = new LinkedHashMap<>();
		Map<String, Table.Row> idRows = new HashMap<>();
		for (Table.Row row : table.rows()) {
			String id = this.fields.required(row, "indicator_id");
			List<String> priorities = priorities(row, priorityIds);
			List<String> codes = appendixCodes(row, id, codeRows);
			String title = this.fields.required(row, "title");
			Unit unit = required(row, "unit", Unit::parse, "percent, count, days, weeks, rate, ratio, currency");
			Polarity polarity = required(row, "polarity", Polarity::parse, "higher-better, lower-better, range, none");
			Accumulation accumulation = required(row, "accumulation", Accumulation::parse,
					"snapshot, in-month, year-to-date, 3-year-average");
			String type = row.text("type");
			if (!type.isEmpty() && !type.equals("key") && !type.equals("standard")) {
				this.problems.add(row.problem("type", "\"%s\" is not one of: key, standard", type));
			}
			Double tolerance = this.fields.number(row, "tolerance");
			if (tolerance != null && tolerance < 0) {
				this.problems.add(row.problem("tolerance", "a tolerance cannot be negative"));
			}
			if (id != null) {
				idRows.putIfAbsent(id, row);
			}
			if (id != null && title != null && unit != null && polarity != null && accumulation != null
					&& ids.add(row, "indicator_id", id)) {
				indicators.add(new Indicator(id, priorities, title, unit, polarity, accumulation, row.text("source"),
						type.equals("key"), tolerance, codes));
			}
		}
		codeRows.forEach((code, row) -> {
			Table.Row other = idRows.get(code);
			if (other != null) {
				this.problems.add(row.problem("appendix_code",
						"appendix code \"%s\" is the id of the indicator on row %d; list the measure once", code,
						other.number()));
			}
			else {
				this.appendixCodes.put(code, row.text("indicator_id"));
			}
		});
		return indicators;
	}

	private List<String> priorities(Table.Row row, Set<String> priorityIds) {
		List<String> priorities = new ArrayList<>();
		for (String priorityId : split(row.text("priority_id"))) {
			if (priorityIds != null && !priorityIds.contains(priorityId)) {
				this.problems.add(row.problem("priority_id", "unknown priority \"%s\"", priorityId));
			}
			else if (priorities.contains(priorityId)) {
				this.problems.add(row.problem("priority_id", "priority \"%s\" is named twice", priorityId));
			}
			else {
				priorities.add(priorityId);
			}
		}
		return priorities;
	}

	/** The row's appendix codes, each recorded with its row to find codes used twice. */
	private List<String> appendixCodes(Table.Row row, String id, Map<String, Table.Row> codeRows) {
		List<String> codes = new ArrayList<>();
		for (String code : split(row.text("appendix_code"))) {
			if (code.equals(id)) {
				this.problems.add(row.problem("appendix_code", "appendix code \"%s\" is the indicator's own id", code));
				continue;
			}
			Table.Row first = codeRows.putIfAbsent(code, row);
			if (first != null) {
				this.problems.add(row.problem("appendix_code", "appendix code \"%s\" is already used on row %d", code,
						first.number()));
			}
			else {
				codes.add(code);
			}
		}
		return codes;
	}

	/** The parts of a cell that lists several ids: "4; 5" or "4,5". */
	private static List<String> split(String text) {
		return Arrays.stream(text.split("[;,]")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

	public List<Target> targets(Table table, Set<String> indicatorIds) {
		UniqueIds ids = new UniqueIds(this.problems);
		List<Target> targets = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			String id = known(row, indicatorIds);
			String year = year(row);
			double[] band = band(row);
			if (id != null && year != null && band != null && ids.add(row, "year", id + " " + year)) {
				targets.add(new Target(id, year, band[0], band[1]));
			}
		}
		return targets;
	}

	public List<Benchmark> benchmarks(Table table, Set<String> indicatorIds) {
		List<Benchmark> benchmarks = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			String id = known(row, indicatorIds);
			String comparator = this.fields.required(row, "comparator");
			String year = year(row);
			Double value = requiredNumber(row, "value");
			if (id != null && comparator != null && year != null && value != null) {
				benchmarks.add(new Benchmark(id, comparator, year, value));
			}
		}
		return benchmarks;
	}

	public List<Baseline> baselines(Table table, Set<String> indicatorIds) {
		List<Baseline> baselines = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			String id = known(row, indicatorIds);
			String year = year(row);
			Double value = requiredNumber(row, "value");
			if (id != null && year != null && value != null) {
				baselines.add(new Baseline(id, year, value, row.text("note")));
			}
		}
		return baselines;
	}

	/**
	 * Values within the programme's months, from {@code start} to {@code end} (either
	 * null when unknown).
	 */
	public List<IndicatorValue> values(Table table, Set<String> indicatorIds, YearMonth start, YearMonth end) {
		UniqueIds ids = new UniqueIds(this.problems);
		List<IndicatorValue> values = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			String id = known(row, indicatorIds);
			YearMonth period = this.fields.period(row, "period");
			if (period != null && start != null && end != null && (period.isBefore(start) || period.isAfter(end))) {
				this.problems.add(row.problem("period", "%s is outside the programme (%s to %s)", period, start, end));
				period = null;
			}
			Double value = requiredNumber(row, "value");
			Double numerator = this.fields.number(row, "numerator");
			Double denominator = this.fields.number(row, "denominator");
			if (id != null && period != null && value != null && ids.add(row, "period", id + " " + period)) {
				values.add(new IndicatorValue(id, period, value, numerator, denominator, row.text("note")));
			}
		}
		return values;
	}

	private <T> T required(Table.Row row, String column, Function<String, T> parser, String allowed) {
		if (row.text(column).isEmpty()) {
			this.problems.add(row.problem(column, "is empty; one of %s is required", allowed));
			return null;
		}
		return this.fields.word(row, column, parser, allowed);
	}

	private Double requiredNumber(Table.Row row, String column) {
		return (this.fields.required(row, column) != null) ? this.fields.number(row, column) : null;
	}

	private String known(Table.Row row, Set<String> indicatorIds) {
		String id = this.fields.required(row, "indicator_id");
		if (id != null && indicatorIds != null && !indicatorIds.contains(id)) {
			String owner = this.appendixCodes.get(id);
			if (owner != null) {
				this.problems.add(row.problem("indicator_id",
						"\"%s\" is the appendix code of indicator %s; write its figures under %s", id, owner, owner));
			}
			else {
				this.problems.add(row.problem("indicator_id", "unknown indicator \"%s\"", id));
			}
			return null;
		}
		return id;
	}

	private String year(Table.Row row) {
		String text = this.fields.required(row, "year");
		if (text == null) {
			return null;
		}
		Matcher matcher = YEAR.matcher(text);
		if (!matcher.matches()
				|| (Integer.parseInt(matcher.group(1)) + 1) % 100 != Integer.parseInt(matcher.group(2))) {
			this.problems.add(row.problem("year", "\"%s\" is not a financial year like 2017/18", text));
			return null;
		}
		return text;
	}

	/** A target: "71" or a range "60..120"; null after recording a problem. */
	private double[] band(Table.Row row) {
		String text = this.fields.required(row, "target");
		if (text == null) {
			return null;
		}
		Matcher range = RANGE.matcher(text);
		String low = range.matches() ? range.group(1) : text;
		String high = range.matches() ? range.group(2) : text;
		Double lowValue = Fields.parseNumber(low);
		Double highValue = Fields.parseNumber(high);
		if (lowValue == null || highValue == null || lowValue > highValue) {
			this.problems.add(row.problem("target", "\"%s\" is not a number or a range like 60..120", text));
			return null;
		}
		return new double[] { lowValue, highValue };
	}

}
