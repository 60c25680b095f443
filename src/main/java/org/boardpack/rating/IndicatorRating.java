package org.boardpack.rating;

import org.boardpack.indicator.Benchmark;
import org.boardpack.input.Figures;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.Polarity;
import org.boardpack.indicator.Target;
import org.boardpack.indicator.Unit;
import org.boardpack.input.Text;
import org.boardpack.plan.Rag;

/**
 * Rates an indicator's value against its target, polarity-aware, with a tolerance band
 * around the target (a share of the target, so a target of zero has no band).
 */
public final class IndicatorRating {

	private final RatingSettings settings;

	public IndicatorRating(RatingSettings settings) {
		this.settings = settings.withDefaults();
	}

	/**
	 * @param value this period's value, or null when none was sent
	 * @param target the target of the period's financial year, or null when there is none
	 * @param year the financial year, for the reason when there is no target
	 */
	public Rating rate(Indicator indicator, Double value, Target target, String year) {
		Unit unit = indicator.unit();
		if (indicator.polarity() == Polarity.NONE) {
			return Rating.of(Rag.GREY, "contextual measure, not rated against a target");
		}
		if (value == null) {
			return Rating.of(Rag.GREY, "no value for this period");
		}
		if (target == null) {
			return Rating.of(Rag.GREY, "no target set for %s", year);
		}
		double tolerance = tolerance(indicator);
		String figures = Text.format("%s against a target of %s", unit.format(value), target.describe(unit));
		double shortfall = shortfall(indicator.polarity(), value, target);
		if (shortfall <= 0) {
			return Rating.of(Rag.GREEN, "%s: meets target", figures);
		}
		double band = tolerance / 100 * Math.abs(edge(indicator.polarity(), value, target));
		// The tolerance is a share of the target, so it is given in the target's own
		// units as well.
		String allowed = Text.format("the tolerance of %s (%s%% of the target)", unit.formatDifference(band),
				Figures.plain(tolerance));
		if (shortfall <= band) {
			return Rating.of(Rag.AMBER, "%s: misses it by %s, within %s", figures, unit.formatDifference(shortfall),
					allowed);
		}
		if (band == 0 && tolerance > 0) {
			return Rating.of(Rag.RED, "%s: misses it by %s; a target of zero leaves no tolerance", figures,
					unit.formatDifference(shortfall));
		}
		return Rating.of(Rag.RED, "%s: misses it by %s, outside %s", figures, unit.formatDifference(shortfall),
				allowed);
	}

	/**
	 * How far the value is on the wrong side of the target; zero or less when it meets
	 * it.
	 */
	private static double shortfall(Polarity polarity, double value, Target target) {
		return switch (polarity) {
			case HIGHER_BETTER -> target.low() - value;
			case LOWER_BETTER -> value - target.high();
			case RANGE -> Math.max(target.low() - value, value - target.high());
			case NONE -> 0;
		};
	}

	/** The end of the target the value falls short of: the band is measured from it. */
	private static double edge(Polarity polarity, double value, Target target) {
		return switch (polarity) {
			case HIGHER_BETTER -> target.low();
			case LOWER_BETTER -> target.high();
			case RANGE, NONE -> (value < target.low()) ? target.low() : target.high();
		};
	}

	private double tolerance(Indicator indicator) {
		return (indicator.tolerancePercent() != null) ? indicator.tolerancePercent() : this.settings.tolerancePercent();
	}

	/**
	 * Direction of travel from an earlier value to this one ("Improving", or "Increasing"
	 * without polarity).
	 */
	public static Trend travel(Indicator indicator, Double value, Double earlier, Target target, String since) {
		if (value == null) {
			return Trend.notAvailable("no value this period");
		}
		if (earlier == null) {
			return Trend.notAvailable("no value " + since + " to compare with");
		}
		Unit unit = indicator.unit();
		String figures = Text.format("%s, was %s %s", unit.format(value), unit.format(earlier), since);
		if (value.equals(earlier)) {
			return new Trend(Direction.NO_CHANGE, figures);
		}
		Polarity polarity = indicator.polarity();
		if (polarity == Polarity.NONE || (polarity == Polarity.RANGE && target == null)) {
			return new Trend(value > earlier ? Direction.INCREASING : Direction.DECREASING, figures);
		}
		boolean better = switch (polarity) {
			case HIGHER_BETTER -> value > earlier;
			case LOWER_BETTER -> value < earlier;
			default -> distance(value, target) < distance(earlier, target);
		};
		if (polarity == Polarity.RANGE && distance(value, target) == distance(earlier, target)) {
			boolean within = distance(value, target) == 0;
			return new Trend(Direction.NO_CHANGE, within ? figures + ", both within the target range" : figures);
		}
		return new Trend(better ? Direction.IMPROVING : Direction.WORSENING, figures);
	}

	private static double distance(double value, Target target) {
		return Math.max(0, Math.max(target.low() - value, value - target.high()));
	}

	/**
	 * Compares a value with a benchmark: better/similar/worse, or higher/similar/lower
	 * without polarity. Counts and sums of money are not compared: a borough's 18
	 * adopters against England's 2,780 says nothing.
	 */
	public Comparison compare(Indicator indicator, Double value, Benchmark benchmark) {
		if (value == null || benchmark == null || indicator.polarity() == Polarity.RANGE) {
			return Comparison.NONE;
		}
		Unit unit = indicator.unit();
		if (unit == Unit.COUNT || unit == Unit.CURRENCY) {
			return new Comparison(Comparison.NOT_COMPARED,
					Text.format(
							"%s here, %s for the comparator (%s): a total " + "that depends on the size of the area",
							unit.format(value), unit.format(benchmark.value()), benchmark.year()));
		}
		String figures = Text.format("%s against %s (%s)", unit.format(value), unit.format(benchmark.value()),
				benchmark.year());
		double margin = this.settings.benchmarkSimilarPercent() / 100 * Math.abs(benchmark.value());
		double difference = value - benchmark.value();
		if (Math.abs(difference) <= margin) {
			return new Comparison("similar", figures);
		}
		String verdict = switch (indicator.polarity()) {
			case HIGHER_BETTER -> difference > 0 ? "better" : "worse";
			case LOWER_BETTER -> difference < 0 ? "better" : "worse";
			default -> difference > 0 ? "higher" : "lower";
		};
		return new Comparison(verdict, figures);
	}

}
