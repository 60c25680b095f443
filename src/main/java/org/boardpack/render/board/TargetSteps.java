package org.boardpack.render.board;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.rating.Dates;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.IndicatorRollup.PeriodFigure;
import org.boardpack.rollup.IndicatorRollup.YearTarget;

/**
 * The steps of a trend chart's target line: one for each financial year the history
 * spans, so each month is drawn against the target of its own year, not this year's
 * target carried back over earlier years.
 */
final class TargetSteps {

	private TargetSteps() {
	}

	/**
	 * A financial year's part of the chart.
	 *
	 * @param target the year's target; null when none was set
	 * @param from the first month of the year that the chart shows
	 * @param to where the step ends: the first month of the next year, where the next
	 * step begins, or the chart's last month
	 */
	record Step(String year, YearTarget target, YearMonth from, YearMonth to) {
	}

	/** The steps in year order; empty when the indicator has no history. */
	static List<Step> of(IndicatorRollup indicator) {
		List<PeriodFigure> history = indicator.history();
		List<Step> steps = new ArrayList<>();
		if (history.isEmpty()) {
			return steps;
		}
		YearMonth first = YearMonth.parse(history.get(0).period());
		YearMonth last = YearMonth.parse(history.get(history.size() - 1).period());
		YearMonth from = first;
		while (!from.isAfter(last)) {
			String year = Dates.financialYear(from);
			YearMonth nextYear = YearMonth.of(from.getMonthValue() >= 4 ? from.getYear() + 1 : from.getYear(), 4);
			YearMonth to = nextYear.isAfter(last) ? last : nextYear;
			steps.add(new Step(year, target(indicator, year), from, to));
			from = nextYear;
		}
		return steps;
	}

	private static YearTarget target(IndicatorRollup indicator, String year) {
		List<YearTarget> targets = (indicator.targets() != null) ? indicator.targets() : List.of();
		return targets.stream().filter((t) -> t.year().equals(year)).findFirst().orElse(null);
	}

}
