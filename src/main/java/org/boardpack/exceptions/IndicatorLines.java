package org.boardpack.exceptions;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.boardpack.input.Figures;
import org.boardpack.input.Text;
import org.boardpack.programme.ExceptionRules;
import org.boardpack.rating.Dates;
import org.boardpack.exceptions.ExceptionReport.IndicatorLine;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.PriorityRollup;

/**
 * Decides which exceptions an indicator is, by the programme's rules, and words it for
 * the report. A value is expected when the indicator had one last period: a measure
 * reported only now and then is not chased for the months it is never reported.
 */
final class IndicatorLines {

	private static final Map<String, String> POLARITIES = Map.of("higher-better", "Higher is better", "lower-better",
			"Lower is better", "range", "Within a range", "none", "Contextual, not rated");

	private final ExceptionRules rules;

	private final YearMonth period;

	private final Map<String, PriorityRollup> priorities;

	IndicatorLines(ExceptionRules rules, YearMonth period, Map<String, PriorityRollup> priorities) {
		this.rules = rules;
		this.period = period;
		this.priorities = priorities;
	}

	boolean offTarget(IndicatorRollup indicator) {
		return this.rules.indicatorRags().contains(indicator.rag());
	}

	boolean worsening(IndicatorRollup indicator) {
		return indicator.periodsWorsening() >= this.rules.worseningPeriods();
	}

	static boolean missingValue(IndicatorRollup indicator) {
		return indicator.value() == null && indicator.previousValue() != null;
	}

	/**
	 * Whether the indicator was missing an expected value last period, from its history.
	 */
	boolean wasMissingValue(IndicatorRollup indicator) {
		String last = this.period.minusMonths(1).toString();
		String before = this.period.minusMonths(2).toString();
		List<String> periods = indicator.history().stream().map(IndicatorRollup.PeriodFigure::period).toList();
		return periods.contains(before) && !periods.contains(last);
	}

	boolean listed(IndicatorRollup indicator) {
		return offTarget(indicator) || worsening(indicator) || missingValue(indicator);
	}

	IndicatorLine line(IndicatorRollup i) {
		// A measure of several priorities goes to each priority's lead, joined the way
		// joint leads are ("DCS/HOS QI").
		Map<String, String> leads = new LinkedHashMap<>();
		i.priorityIds()
			.stream()
			.map(this.priorities::get)
			.filter(Objects::nonNull)
			.forEach((p) -> leads.putIfAbsent(p.lead(), p.leadTitle()));
		String tolerance = (i.target() != null && !i.target().isEmpty() && i.tolerancePercent() != null)
				? Figures.plain(i.tolerancePercent()) + "%" : "";
		return new IndicatorLine(i.label(), i.title(), priorities(i.priorityIds()), String.join("/", leads.keySet()),
				String.join("; ", leads.values()), (i.value() != null) ? i.valueText() : "no value",
				(i.target() != null && !i.target().isEmpty()) ? i.target() : "none set", tolerance,
				POLARITIES.getOrDefault(i.polarity(), i.polarity()), i.direction().word() + ": " + i.directionReason(),
				ActionLines.code(i.rag()), i.reason(), benchmarks(i), why(i));
	}

	/** "Priority 5", "Priorities 5 and 7" or "No priority". */
	private static String priorities(List<String> ids) {
		return switch (ids.size()) {
			case 0 -> "No priority";
			case 1 -> "Priority " + ids.get(0);
			default -> "Priorities " + String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.getLast();
		};
	}

	private List<String> why(IndicatorRollup i) {
		List<String> why = new ArrayList<>();
		if (offTarget(i)) {
			why.add("Off target: " + i.rag().word());
		}
		if (worsening(i)) {
			why.add(Text.format("Worsening for %d periods in a row", i.periodsWorsening()));
		}
		if (missingValue(i)) {
			why.add("No value for " + Dates.month(this.period) + "; there was one for "
					+ Dates.month(this.period.minusMonths(1)));
		}
		return why;
	}

	private static List<String> benchmarks(IndicatorRollup i) {
		return i.benchmarks()
			.stream()
			.map((b) -> comparator(b.comparator()) + ": " + b.verdict() + " (" + b.reason() + ")")
			.toList();
	}

	private static String comparator(String code) {
		return switch (code) {
			case "national" -> "National";
			case "statistical-neighbours" -> "Statistical neighbours";
			default -> code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1).replace('-', ' ');
		};
	}

}
