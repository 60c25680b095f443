package org.boardpack.render.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.boardpack.pack.RagPalette;
import org.boardpack.render.board.BoardPaper.IndicatorLine;
import org.boardpack.render.board.BoardPaper.ScorecardGroup;
import org.boardpack.render.board.BoardPaper.Status;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.IndicatorRollup.BenchmarkFigure;
import org.boardpack.rollup.PriorityRollup;

/**
 * The performance scorecard: a row for each indicator with its value, target, RAG,
 * direction of travel and benchmarks, and a small trend chart; key indicators also get a
 * large chart.
 */
final class Scorecard {

	static final String NO_VALUE = "No value";

	static final String NO_TARGET = "No target";

	/**
	 * A benchmark cell when none is published: a dash, which the appendix explains once.
	 */
	static final String NO_BENCHMARK = "\u2013";

	private final List<IndicatorRollup> indicators;

	private final RagPalette palette;

	Scorecard(List<IndicatorRollup> indicators, RagPalette palette) {
		this.indicators = indicators;
		this.palette = palette;
	}

	/**
	 * One group per priority that has indicators, then the measures tied to no priority.
	 */
	List<ScorecardGroup> groups(List<PriorityRollup> priorities) {
		List<ScorecardGroup> groups = new ArrayList<>();
		for (PriorityRollup priority : priorities) {
			List<IndicatorLine> lines = lines(priority.id());
			if (!lines.isEmpty()) {
				groups.add(new ScorecardGroup("Priority " + priority.id() + ": " + priority.title(),
						"scorecard-" + PrioritySections.anchor(priority.id()), lines));
			}
		}
		List<IndicatorLine> others = this.indicators.stream()
			.filter((i) -> i.priorityIds().isEmpty())
			.map((i) -> line(i, false))
			.toList();
		if (!others.isEmpty()) {
			groups.add(new ScorecardGroup("Measures not tied to one priority", "scorecard-other", others));
		}
		return groups;
	}

	List<IndicatorLine> keyIndicators() {
		return this.indicators.stream().filter(IndicatorRollup::key).map((i) -> line(i, true)).toList();
	}

	private List<IndicatorLine> lines(String priorityId) {
		return this.indicators.stream().filter((i) -> i.belongsTo(priorityId)).map((i) -> line(i, false)).toList();
	}

	private IndicatorLine line(IndicatorRollup indicator, boolean large) {
		String value = (indicator.valueText() != null && !indicator.valueText().isBlank()) ? indicator.valueText()
				: NO_VALUE;
		String target = (indicator.target() != null && !indicator.target().isBlank()) ? indicator.target() : NO_TARGET;
		return new IndicatorLine(indicator.label(), indicator.title(), value, target, Status.of(indicator.rag()),
				indicator.reason(), indicator.direction().word(), benchmark(indicator, "national"),
				benchmark(indicator, "statistical-neighbours"), TrendChart.small(indicator, this.palette),
				large ? TrendChart.large(indicator, this.palette) : null);
	}

	private static String benchmark(IndicatorRollup indicator, String comparator) {
		return indicator.benchmarks()
			.stream()
			.filter((b) -> b.comparator().equals(comparator))
			.findFirst()
			.map((b) -> verdict(indicator, b))
			.orElse(NO_BENCHMARK);
	}

	private static String verdict(IndicatorRollup indicator, BenchmarkFigure benchmark) {
		String figure = TrendChart.unit(indicator).format(benchmark.value());
		if (benchmark.verdict() == null || indicator.value() == null) {
			return figure;
		}
		String word = benchmark.verdict().substring(0, 1).toUpperCase(Locale.ROOT) + benchmark.verdict().substring(1);
		return word + " (" + figure + ")";
	}

}
