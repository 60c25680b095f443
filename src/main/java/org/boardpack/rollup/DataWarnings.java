package org.boardpack.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.boardpack.rating.Dates;

/**
 * Finds what in a period's roll-up looks like a slip in the data rather than a fact about
 * the programme: one measure's figures carried under several codes, so it would be rated
 * and counted more than once; and placeholders copied from the plan ("X%", "XX due",
 * "(insert month)") that read as if they were figures. Pure: the same roll-up always
 * gives the same warnings.
 */
final class DataWarnings {

	/**
	 * A series shorter than this, or of one figure repeated, is too likely to match
	 * another by chance.
	 */
	static final int MIN_MONTHS = 3;

	private static final Pattern PLACEHOLDER = Pattern
		.compile("(?<![\\p{L}\\d])(x{1,3} ?%|xx+\\b(?: \\p{L}+)?)|\\(insert[^)]*\\)", Pattern.CASE_INSENSITIVE);

	private DataWarnings() {
	}

	static List<DataWarning> find(List<IndicatorRollup> indicators, List<PriorityRollup> priorities) {
		List<DataWarning> warnings = new ArrayList<>(sameFigures(indicators));
		for (IndicatorRollup indicator : indicators) {
			placeholders(indicator.title()).forEach((text) -> warnings.add(new DataWarning(DataWarning.PLACEHOLDER,
					List.of(indicator.id()),
					"Indicator %s's title keeps a placeholder from the plan, \u201c%s\u201d: it is not a target (%s)."
						.formatted(indicator.id(), text, target(indicator)))));
		}
		for (PriorityRollup priority : priorities) {
			for (ActionRollup action : priority.actions()) {
				placeholders(action.description()).forEach((text) -> warnings.add(new DataWarning(
						DataWarning.PLACEHOLDER, List.of(action.id()),
						"Action %s's description keeps a placeholder from the plan, \u201c%s\u201d, never filled in."
							.formatted(action.id(), text))));
			}
		}
		return warnings;
	}

	/** Indicators whose every monthly figure is the same, in groups of two or more. */
	private static List<DataWarning> sameFigures(List<IndicatorRollup> indicators) {
		Map<List<IndicatorRollup.PeriodFigure>, List<IndicatorRollup>> bySeries = indicators.stream()
			.filter(DataWarnings::distinctive)
			.collect(Collectors.groupingBy(IndicatorRollup::history, LinkedHashMap::new, Collectors.toList()));
		List<DataWarning> warnings = new ArrayList<>();
		for (List<IndicatorRollup> group : bySeries.values()) {
			if (group.size() > 1) {
				warnings.add(sameFiguresOf(group));
			}
		}
		return warnings;
	}

	private static boolean distinctive(IndicatorRollup indicator) {
		List<IndicatorRollup.PeriodFigure> history = indicator.history();
		return history.size() >= MIN_MONTHS
				&& history.stream().map(IndicatorRollup.PeriodFigure::value).distinct().count() > 1;
	}

	private static DataWarning sameFiguresOf(List<IndicatorRollup> group) {
		List<String> codes = group.stream().map(IndicatorRollup::id).toList();
		List<IndicatorRollup.PeriodFigure> history = group.get(0).history();
		String months = "every month from %s to %s".formatted(Dates.month(history.get(0).period()),
				Dates.month(history.get(history.size() - 1).period()));
		boolean ratedAlike = group.stream().map(IndicatorRollup::rag).distinct().count() == 1;
		String rated = ratedAlike ? "" : " but are rated differently ("
				+ group.stream().map((i) -> i.id() + " " + i.rag().word()).collect(Collectors.joining(", ")) + ")";
		return new DataWarning(DataWarning.SAME_FIGURES, codes,
				"Indicators %s have the same figure in %s%s: they may be one measure counted %s. If so, it should be listed once, under all its priorities."
					.formatted(and(codes), months, rated, (codes.size() == 2) ? "twice"
							: (codes.size() == 3) ? "three times" : codes.size() + " times"));
	}

	private static String target(IndicatorRollup indicator) {
		return (indicator.target() == null || indicator.target().isEmpty())
				? "it has none for " + indicator.financialYear()
				: "its target for " + indicator.financialYear() + " is " + indicator.target();
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		if (text != null) {
			Matcher matcher = PLACEHOLDER.matcher(text);
			while (matcher.find()) {
				found.add(matcher.group().strip());
			}
		}
		return found;
	}

	/** "4l, A23 and A3". */
	static String and(List<String> codes) {
		return (codes.size() == 1) ? codes.get(0)
				: String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1);
	}

}
