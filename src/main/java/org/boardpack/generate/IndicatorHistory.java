package org.boardpack.generate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.boardpack.indicator.Baseline;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.indicator.Polarity;
import org.boardpack.indicator.Target;
import org.boardpack.indicator.Unit;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.rating.Dates;

/**
 * Illustrative monthly values for each indicator: from its latest baseline towards the
 * target of each financial year, at a pace drawn per indicator (some get there, some fall
 * short), with noise and the odd missing month. Values with a note are real figures and
 * are kept.
 */
final class IndicatorHistory {

	private final ProgrammeInput input;

	private final long seed;

	IndicatorHistory(ProgrammeInput input, long seed) {
		this.input = input;
		this.seed = seed;
	}

	/**
	 * Values from {@code from} to {@code to}, with the values already there outside that
	 * range kept.
	 */
	List<IndicatorValue> values(YearMonth from, YearMonth to) {
		List<IndicatorValue> values = new ArrayList<>(this.input.values()
			.stream()
			.filter((v) -> v.period().isBefore(from) || v.period().isAfter(to))
			.toList());
		Map<String, String> measures = sameMeasures();
		for (Indicator indicator : this.input.indicators()) {
			if (!measures.get(indicator.id()).equals(indicator.id())) {
				continue; // given the figures of the same measure below
			}
			SplittableRandom random = new SplittableRandom(this.seed * 17 + indicator.id().hashCode());
			double base = base(indicator);
			double pace = 0.4 + random.nextDouble() * 0.9;
			int month = 0;
			for (YearMonth period = from; !period.isAfter(to); period = period.plusMonths(1), month++) {
				IndicatorValue real = real(indicator.id(), period);
				double noise = random.nextGaussian();
				boolean missing = random.nextDouble() < 0.03;
				if (real != null) {
					values.add(real);
					continue;
				}
				if (missing) {
					continue;
				}
				Target target = this.input.target(indicator.id(), Dates.financialYear(period));
				double goal = (target != null) ? (target.low() + target.high()) / 2 : base;
				double progress = Math.min(1, pace * (month + 1) / 12.0);
				double value = base + (goal - base) * progress + noise * spread(indicator.unit(), base);
				values.add(new IndicatorValue(indicator.id(), period, round(indicator.unit(), value), null, null, ""));
			}
		}
		values.addAll(copies(values, measures, from, to));
		values.sort(Comparator.comparing(IndicatorValue::indicatorId).thenComparing(IndicatorValue::period));
		return values;
	}

	/**
	 * Each indicator's measure: the plan lists some measures twice, under a priority and
	 * again in its appendix (10b and A61, "average number of weeks in care proceedings").
	 * Indicators with the same title and unit are one measure, named after the last of
	 * them, and must show the same figures wherever they appear.
	 */
	private Map<String, String> sameMeasures() {
		Map<String, String> last = new HashMap<>();
		this.input.indicators().forEach((i) -> last.put(measure(i), i.id()));
		Map<String, String> measures = new HashMap<>();
		this.input.indicators().forEach((i) -> measures.put(i.id(), last.get(measure(i))));
		return measures;
	}

	private static String measure(Indicator indicator) {
		return indicator.unit() + " "
				+ indicator.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}

	private List<IndicatorValue> copies(List<IndicatorValue> values, Map<String, String> measures, YearMonth from,
			YearMonth to) {
		List<IndicatorValue> copies = new ArrayList<>();
		for (IndicatorValue value : values) {
			if (value.period().isBefore(from) || value.period().isAfter(to) || !value.note().isBlank()) {
				continue;
			}
			measures.forEach((id, measure) -> {
				if (measure.equals(value.indicatorId()) && !id.equals(measure) && real(id, value.period()) == null) {
					copies.add(new IndicatorValue(id, value.period(), value.value(), null, null, ""));
				}
			});
		}
		return copies;
	}

	private double base(Indicator indicator) {
		Baseline latest = this.input.baselines()
			.stream()
			.filter((b) -> b.indicatorId().equals(indicator.id()))
			.max(Comparator.comparing(Baseline::year))
			.orElse(null);
		if (latest != null) {
			return latest.value();
		}
		Target first = this.input.targets()
			.stream()
			.filter((t) -> t.indicatorId().equals(indicator.id()))
			.min(Comparator.comparing(Target::year))
			.orElse(null);
		if (first != null) {
			double gap = (indicator.polarity() == Polarity.LOWER_BETTER) ? 1.2 : 0.8;
			return (first.low() + first.high()) / 2 * gap;
		}
		return switch (indicator.unit()) {
			case PERCENT -> 60;
			case DAYS, WEEKS -> 30;
			case RATE -> 40;
			default -> 20;
		};
	}

	private IndicatorValue real(String id, YearMonth period) {
		return this.input.values()
			.stream()
			.filter((v) -> v.indicatorId().equals(id) && v.period().equals(period) && !v.note().isBlank())
			.findFirst()
			.orElse(null);
	}

	private static double spread(Unit unit, double base) {
		return (unit == Unit.PERCENT) ? 2.5 : Math.max(0.5, Math.abs(base) * 0.06);
	}

	private static double round(Unit unit, double value) {
		double positive = Math.max(0, value);
		return switch (unit) {
			case PERCENT -> Math.min(100, Math.round(positive * 10) / 10.0);
			case COUNT -> Math.round(positive);
			default -> Math.round(positive * 10) / 10.0;
		};
	}

}
