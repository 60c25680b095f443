package org.boardpack.rollup;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.boardpack.indicator.Baseline;
import org.boardpack.indicator.Benchmark;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.indicator.Target;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.rating.Comparison;
import org.boardpack.rating.Dates;
import org.boardpack.rating.Direction;
import org.boardpack.rating.IndicatorRating;
import org.boardpack.plan.Rag;
import org.boardpack.rating.Rating;
import org.boardpack.rating.Trend;

/**
 * Rates every indicator of a programme for a period and gathers its history and
 * benchmarks.
 */
final class IndicatorRollups {

	private final ProgrammeInput data;

	private final IndicatorRating rating;

	private final Map<String, NavigableMap<YearMonth, Double>> values = new HashMap<>();

	// Baselines, benchmarks and targets grouped by indicator once, rather than scanned
	// for every indicator.
	private final Map<String, List<Baseline>> baselines;

	private final Map<String, List<Benchmark>> benchmarks;

	private final Map<String, Target> targets = new HashMap<>();

	private final Map<String, List<Target>> targetsByIndicator;

	IndicatorRollups(ProgrammeInput data) {
		this.data = data;
		this.rating = new IndicatorRating(data.settings().ratings());
		for (IndicatorValue value : data.values()) {
			this.values.computeIfAbsent(value.indicatorId(), (id) -> new TreeMap<>())
				.put(value.period(), value.value());
		}
		this.baselines = data.baselines().stream().collect(Collectors.groupingBy(Baseline::indicatorId));
		this.benchmarks = data.benchmarks().stream().collect(Collectors.groupingBy(Benchmark::indicatorId));
		for (Target target : data.targets()) {
			this.targets.putIfAbsent(target.indicatorId() + "\n" + target.year(), target);
		}
		this.targetsByIndicator = this.targets.values()
			.stream()
			.sorted(Comparator.comparing(Target::year))
			.collect(Collectors.groupingBy(Target::indicatorId));
	}

	private Target target(String indicatorId, String year) {
		return this.targets.get(indicatorId + "\n" + year);
	}

	List<IndicatorRollup> build(YearMonth period) {
		return this.data.indicators().stream().map((indicator) -> build(indicator, period)).toList();
	}

	private IndicatorRollup build(Indicator indicator, YearMonth period) {
		NavigableMap<YearMonth, Double> history = this.values.getOrDefault(indicator.id(), new TreeMap<>())
			.headMap(period, true);
		String year = Dates.financialYear(period);
		Target target = target(indicator.id(), year);
		Double value = history.get(period);
		Double previous = history.get(period.minusMonths(1));
		Double lastYear = history.get(period.minusYears(1));
		Rating rating = this.rating.rate(indicator, value, target, year);
		Trend sincePrevious = IndicatorRating.travel(indicator, value, previous, target, "last period");
		Trend sinceLastYear = IndicatorRating.travel(indicator, value, lastYear, target, "a year before");
		return new IndicatorRollup(indicator.id(), indicator.priorityIds(), indicator.title(), indicator.unit().code(),
				indicator.polarity().code(), indicator.accumulation().code(), indicator.source(), indicator.key(),
				this.baselines.getOrDefault(indicator.id(), List.of())
					.stream()
					.map((b) -> new IndicatorRollup.YearFigure(b.year(), b.value()))
					.toList(),
				year, (target != null) ? target.low() : null, (target != null) ? target.high() : null,
				(target != null) ? target.describe(indicator.unit()) : "", value,
				(value != null) ? indicator.unit().format(value) : "", previous, lastYear, rating.rag(),
				rating.reason(), sincePrevious.direction(), sincePrevious.reason(), sinceLastYear.direction(),
				sinceLastYear.reason(), benchmarks(indicator, value), worseningRun(indicator, history, target, period),
				history.entrySet()
					.stream()
					.map((e) -> new IndicatorRollup.PeriodFigure(e.getKey().toString(), e.getValue()))
					.toList(),
				previousRag(indicator, previous, period.minusMonths(1)),
				(indicator.tolerancePercent() != null)
						? indicator.tolerancePercent() : this.data.settings().ratings().tolerancePercent(),
				indicator.appendixCodes(),
				this.targetsByIndicator.getOrDefault(indicator.id(), List.of())
					.stream()
					.map((t) -> new IndicatorRollup.YearTarget(t.year(), t.low(), t.high(),
							t.describe(indicator.unit())))
					.toList());
	}

	private Rag previousRag(Indicator indicator, Double value, YearMonth period) {
		if (period.isBefore(this.data.settings().start())) {
			return null;
		}
		String year = Dates.financialYear(period);
		return this.rating.rate(indicator, value, target(indicator.id(), year), year).rag();
	}

	/** The latest year's figure of each comparator, compared with this period's value. */
	private List<IndicatorRollup.BenchmarkFigure> benchmarks(Indicator indicator, Double value) {
		Map<String, Benchmark> latest = new LinkedHashMap<>();
		this.benchmarks.getOrDefault(indicator.id(), List.of())
			.stream()
			.sorted(Comparator.comparing(Benchmark::year))
			.forEach((b) -> latest.put(b.comparator(), b));
		List<IndicatorRollup.BenchmarkFigure> figures = new ArrayList<>();
		for (Benchmark benchmark : latest.values()) {
			Comparison comparison = this.rating.compare(indicator, value, benchmark);
			figures.add(new IndicatorRollup.BenchmarkFigure(benchmark.comparator(), benchmark.year(), benchmark.value(),
					comparison.verdict(), comparison.reason()));
		}
		return figures;
	}

	private static int worseningRun(Indicator indicator, NavigableMap<YearMonth, Double> history, Target target,
			YearMonth period) {
		int run = 0;
		for (YearMonth month = period; history.containsKey(month); month = month.minusMonths(1)) {
			Double earlier = history.get(month.minusMonths(1));
			Trend trend = IndicatorRating.travel(indicator, history.get(month), earlier, target, "");
			if (trend.direction() != Direction.WORSENING) {
				break;
			}
			run++;
		}
		return run;
	}

}
