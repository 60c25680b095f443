package org.boardpack.rating;

import java.util.List;

import org.boardpack.indicator.Accumulation;
import org.boardpack.indicator.Benchmark;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.Polarity;
import org.boardpack.indicator.Target;
import org.boardpack.indicator.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorRatingTests {

	private static final String YEAR = "2017/18";

	private final IndicatorRating rating = new IndicatorRating(RatingSettings.DEFAULTS);

	@Test
	void higherBetterAboveTargetIsGreen() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 82.5, target(80), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo("Green: 82.5% against a target of 80%: meets target");
	}

	@Test
	void higherBetterExactlyOnTargetIsGreen() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 80.0, target(80), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo("Green: 80% against a target of 80%: meets target");
	}

	@Test
	void higherBetterJustBelowTargetIsAmber() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 77.0, target(80), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo(
				"Amber: 77% against a target of 80%: misses it by 3 percentage points, within the tolerance of 4 percentage points (5% of the target)");
	}

	@Test
	void higherBetterAtTheEdgeOfTheToleranceIsAmber() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 76.0, target(80), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo(
				"Amber: 76% against a target of 80%: misses it by 4 percentage points, within the tolerance of 4 percentage points (5% of the target)");
	}

	@Test
	void higherBetterBeyondTheToleranceIsRed() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 75.9, target(80), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo(
				"Red: 75.9% against a target of 80%: misses it by 4.1 percentage points, outside the tolerance of 4 percentage points (5% of the target)");
	}

	@Test
	void lowerBetterBelowTargetIsGreen() {
		// given
		Indicator indicator = indicator(Unit.DAYS, Polarity.LOWER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 38.0, target(45), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo("Green: 38 days against a target of 45 days: meets target");
	}

	@Test
	void lowerBetterJustAboveTargetIsAmber() {
		// given
		Indicator indicator = indicator(Unit.DAYS, Polarity.LOWER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 47.0, target(45), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo(
				"Amber: 47 days against a target of 45 days: misses it by 2 days, within the tolerance of 2.3 days (5% of the target)");
	}

	@Test
	void lowerBetterAtTheEdgeOfTheToleranceIsAmber() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.LOWER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 21.0, target(20), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo(
				"Amber: 21% against a target of 20%: misses it by 1 percentage point, within the tolerance of 1 percentage point (5% of the target)");
	}

	@Test
	void lowerBetterBeyondTheToleranceIsRed() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.LOWER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 22.0, target(20), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo(
				"Red: 22% against a target of 20%: misses it by 2 percentage points, outside the tolerance of 1 percentage point (5% of the target)");
	}

	@Test
	void rangeWithinTheBandIsGreen() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Rating r = this.rating.rate(indicator, 15.0, range(10, 20), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo("Green: 15 against a target of 10 to 20: meets target");
	}

	@Test
	void rangeOnItsEdgesIsGreen() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Rating low = this.rating.rate(indicator, 10.0, range(10, 20), YEAR);
		Rating high = this.rating.rate(indicator, 20.0, range(10, 20), YEAR);

		// then
		assertThat(low.sentence()).isEqualTo("Green: 10 against a target of 10 to 20: meets target");
		assertThat(high.sentence()).isEqualTo("Green: 20 against a target of 10 to 20: meets target");
	}

	@Test
	void rangeJustBelowTheBandIsAmberMeasuredFromItsLowEnd() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Rating r = this.rating.rate(indicator, 9.6, range(10, 20), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo(
				"Amber: 9.6 against a target of 10 to 20: misses it by 0.4, within the tolerance of 0.5 (5% of the target)");
	}

	@Test
	void rangeJustAboveTheBandIsAmberMeasuredFromItsHighEnd() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Rating r = this.rating.rate(indicator, 21.0, range(10, 20), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo(
				"Amber: 21 against a target of 10 to 20: misses it by 1, within the tolerance of 1 (5% of the target)");
	}

	@Test
	void rangeWellOutsideTheBandIsRed() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Rating below = this.rating.rate(indicator, 9.0, range(10, 20), YEAR);
		Rating above = this.rating.rate(indicator, 22.0, range(10, 20), YEAR);

		// then
		assertThat(below.sentence()).isEqualTo(
				"Red: 9 against a target of 10 to 20: misses it by 1, outside the tolerance of 0.5 (5% of the target)");
		assertThat(above.sentence()).isEqualTo(
				"Red: 22 against a target of 10 to 20: misses it by 2, outside the tolerance of 1 (5% of the target)");
	}

	@Test
	void indicatorToleranceOverridesTheDefault() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, 10.0);

		// when
		Rating r = this.rating.rate(indicator, 73.0, target(80), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo(
				"Amber: 73% against a target of 80%: misses it by 7 percentage points, within the tolerance of 8 percentage points (10% of the target)");
	}

	@Test
	void programmeToleranceOverridesTheDefault() {
		// given
		IndicatorRating tight = new IndicatorRating(new RatingSettings(null, null, null, null, 2.5, null, null));
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Rating amber = tight.rate(indicator, 78.5, target(80), YEAR);
		Rating red = tight.rate(indicator, 77.0, target(80), YEAR);

		// then
		assertThat(amber.sentence()).isEqualTo(
				"Amber: 78.5% against a target of 80%: misses it by 1.5 percentage points, within the tolerance of 2 percentage points (2.5% of the target)");
		assertThat(red.sentence()).isEqualTo(
				"Red: 77% against a target of 80%: misses it by 3 percentage points, outside the tolerance of 2 percentage points (2.5% of the target)");
	}

	@Test
	void targetOfZeroMetIsGreen() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.LOWER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 0.0, target(0), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo("Green: 0 against a target of 0: meets target");
	}

	@Test
	void targetOfZeroMissedIsRedWithNoTolerance() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.LOWER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 1.0, target(0), YEAR);

		// then
		assertThat(r.sentence())
			.isEqualTo("Red: 1 against a target of 0: misses it by 1; a target of zero " + "leaves no tolerance");
	}

	@Test
	void zeroToleranceOnANonZeroTargetDoesNotBlameTheTarget() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, 0.0);

		// when
		Rating r = this.rating.rate(indicator, 79.0, target(80), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo(
				"Red: 79% against a target of 80%: misses it by 1 percentage point, outside the tolerance of 0 percentage points (0% of the target)");
	}

	@Test
	void noTargetIsGreyNamingTheYear() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, 72.0, null, YEAR);

		// then
		assertThat(r.sentence()).isEqualTo("Grey: no target set for 2017/18");
	}

	@Test
	void noValueIsGrey() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Rating r = this.rating.rate(indicator, null, target(80), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo("Grey: no value for this period");
	}

	@Test
	void contextualMeasureIsGreyWhateverItsValue() {
		// given
		Indicator indicator = indicator(Unit.RATE, Polarity.NONE, null);

		// when
		Rating r = this.rating.rate(indicator, 412.3, target(400), YEAR);

		// then
		assertThat(r.sentence()).isEqualTo("Grey: contextual measure, not rated against a target");
	}

	@Test
	void higherValueOfHigherBetterIsImproving() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 72.0, 70.0, target(80), "last period");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.IMPROVING);
		assertThat(trend.direction().word()).isEqualTo("Improving");
		assertThat(trend.reason()).isEqualTo("72%, was 70% last period");
	}

	@Test
	void lowerValueOfHigherBetterIsWorsening() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 68.0, 70.0, target(80), "a year before");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.WORSENING);
		assertThat(trend.reason()).isEqualTo("68%, was 70% a year before");
	}

	@Test
	void lowerValueOfLowerBetterIsImproving() {
		// given
		Indicator indicator = indicator(Unit.DAYS, Polarity.LOWER_BETTER, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 41.0, 47.0, target(45), "last period");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.IMPROVING);
		assertThat(trend.reason()).isEqualTo("41 days, was 47 days last period");
	}

	@Test
	void higherValueOfLowerBetterIsWorsening() {
		// given
		Indicator indicator = indicator(Unit.DAYS, Polarity.LOWER_BETTER, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 47.0, 41.0, target(45), "last period");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.WORSENING);
		assertThat(trend.reason()).isEqualTo("47 days, was 41 days last period");
	}

	@Test
	void sameValueIsNoChange() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 70.0, 70.0, target(80), "last period");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.NO_CHANGE);
		assertThat(trend.direction().word()).isEqualTo("No change");
		assertThat(trend.reason()).isEqualTo("70%, was 70% last period");
	}

	@Test
	void contextualMeasureIsIncreasingOrDecreasing() {
		// given
		Indicator indicator = indicator(Unit.RATE, Polarity.NONE, null);

		// when
		Trend up = IndicatorRating.travel(indicator, 412.3, 398.0, null, "a year before");
		Trend down = IndicatorRating.travel(indicator, 398.0, 412.3, null, "a year before");

		// then
		assertThat(up.direction().word()).isEqualTo("Increasing");
		assertThat(up.reason()).isEqualTo("412.3 per 10,000, was 398 per 10,000 a year before");
		assertThat(down.direction().word()).isEqualTo("Decreasing");
		assertThat(down.reason()).isEqualTo("398 per 10,000, was 412.3 per 10,000 a year before");
	}

	@Test
	void rangeMovingIntoTheBandIsImproving() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 12.0, 8.0, range(10, 20), "last period");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.IMPROVING);
		assertThat(trend.reason()).isEqualTo("12, was 8 last period");
	}

	@Test
	void rangeMovingFurtherFromTheBandIsWorsening() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 25.0, 22.0, range(10, 20), "last period");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.WORSENING);
		assertThat(trend.reason()).isEqualTo("25, was 22 last period");
	}

	@Test
	void rangeMovingWithinTheBandIsNoChange() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 12.0, 15.0, range(10, 20), "last period");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.NO_CHANGE);
		assertThat(trend.reason()).isEqualTo("12, was 15 last period, both within the target range");
	}

	@Test
	void rangeJumpingAcrossTheBandDoesNotClaimBothWithinIt() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 22.0, 8.0, range(10, 20), "last period");

		// then
		assertThat(trend.reason()).isEqualTo("22, was 8 last period");
	}

	@Test
	void rangeWithoutATargetIsIncreasingOrDecreasing() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 12.0, 15.0, null, "last period");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.DECREASING);
		assertThat(trend.reason()).isEqualTo("12, was 15 last period");
	}

	@Test
	void noEarlierValueMeansNoDirectionOfTravel() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, 72.0, null, target(80), "a year before");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.NOT_AVAILABLE);
		assertThat(trend.direction().word()).isEqualTo("Not available");
		assertThat(trend.reason()).isEqualTo("no value a year before to compare with");
	}

	@Test
	void noValueThisPeriodMeansNoDirectionOfTravel() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Trend trend = IndicatorRating.travel(indicator, null, 70.0, target(80), "last period");

		// then
		assertThat(trend.direction()).isEqualTo(Direction.NOT_AVAILABLE);
		assertThat(trend.reason()).isEqualTo("no value this period");
	}

	@Test
	void higherBetterWellAboveBenchmarkIsBetter() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Comparison c = this.rating.compare(indicator, 76.0, national(70));

		// then
		assertThat(c.verdict()).isEqualTo("better");
		assertThat(c.reason()).isEqualTo("76% against 70% (2016/17)");
	}

	@Test
	void higherBetterWellBelowBenchmarkIsWorse() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Comparison c = this.rating.compare(indicator, 64.0, national(70));

		// then
		assertThat(c.verdict()).isEqualTo("worse");
		assertThat(c.reason()).isEqualTo("64% against 70% (2016/17)");
	}

	@Test
	void valueWithinFivePercentOfBenchmarkIsSimilar() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Comparison above = this.rating.compare(indicator, 73.0, national(70));
		Comparison below = this.rating.compare(indicator, 67.0, national(70));

		// then
		assertThat(above.verdict()).isEqualTo("similar");
		assertThat(above.reason()).isEqualTo("73% against 70% (2016/17)");
		assertThat(below.verdict()).isEqualTo("similar");
	}

	@Test
	void lowerBetterBelowBenchmarkIsBetter() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.LOWER_BETTER, null);

		// when
		Comparison better = this.rating.compare(indicator, 18.0, national(22));
		Comparison worse = this.rating.compare(indicator, 26.0, national(22));

		// then
		assertThat(better.verdict()).isEqualTo("better");
		assertThat(worse.verdict()).isEqualTo("worse");
		assertThat(worse.reason()).isEqualTo("26% against 22% (2016/17)");
	}

	@Test
	void contextualMeasureIsHigherOrLowerThanBenchmark() {
		// given
		Indicator indicator = indicator(Unit.RATE, Polarity.NONE, null);

		// when
		Comparison higher = this.rating.compare(indicator, 412.3, national(337.7));
		Comparison lower = this.rating.compare(indicator, 300.0, national(337.7));

		// then
		assertThat(higher.verdict()).isEqualTo("higher");
		assertThat(higher.reason()).isEqualTo("412.3 per 10,000 against 337.7 per 10,000 (2016/17)");
		assertThat(lower.verdict()).isEqualTo("lower");
	}

	@Test
	void similarMarginCanBeOverridden() {
		// given
		IndicatorRating wide = new IndicatorRating(new RatingSettings(null, null, null, null, null, 10.0, null));
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Comparison c = wide.compare(indicator, 76.0, national(70));

		// then
		assertThat(c.verdict()).isEqualTo("similar");
	}

	@Test
	void rangeIsNotComparedWithBenchmarks() {
		// given
		Indicator indicator = indicator(Unit.COUNT, Polarity.RANGE, null);

		// when
		Comparison c = this.rating.compare(indicator, 15.0, national(12));

		// then
		assertThat(c).isEqualTo(Comparison.NONE);
		assertThat(c.verdict()).isEqualTo("n/a");
		assertThat(c.reason()).isEqualTo("no benchmark");
	}

	@Test
	void aCountIsNotComparedWithTheComparatorsTotal() {
		// given 18 adopters approved here, 2,780 in England
		Indicator indicator = indicator(Unit.COUNT, Polarity.HIGHER_BETTER, null);

		// when
		Comparison c = this.rating.compare(indicator, 18.0, national(2780));

		// then
		assertThat(c.verdict()).isEqualTo("not compared");
		assertThat(c.reason()).isEqualTo(
				"18 here, 2,780 for the comparator (2016/17): a total that depends on the " + "size of the area");
	}

	@Test
	void noBenchmarkOrNoValueGivesNoComparison() {
		// given
		Indicator indicator = indicator(Unit.PERCENT, Polarity.HIGHER_BETTER, null);

		// when
		Comparison noBenchmark = this.rating.compare(indicator, 72.0, null);
		Comparison noValue = this.rating.compare(indicator, null, national(70));

		// then
		assertThat(noBenchmark).isEqualTo(Comparison.NONE);
		assertThat(noValue).isEqualTo(Comparison.NONE);
	}

	private static Indicator indicator(Unit unit, Polarity polarity, Double tolerancePercent) {
		return new Indicator("2a", List.of("2"), "Assessments completed within 45 working days", unit, polarity,
				Accumulation.YEAR_TO_DATE, "CSC performance team", true, tolerancePercent, List.of());
	}

	private static Target target(double value) {
		return new Target("2a", YEAR, value, value);
	}

	private static Target range(double low, double high) {
		return new Target("2a", YEAR, low, high);
	}

	private static Benchmark national(double value) {
		return new Benchmark("2a", "national", "2016/17", value);
	}

}
