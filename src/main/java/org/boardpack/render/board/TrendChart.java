package org.boardpack.render.board;

import java.awt.Color;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.StringJoiner;

import org.boardpack.indicator.Unit;
import org.boardpack.rating.Dates;
import org.boardpack.pack.RagPalette;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.IndicatorRollup.PeriodFigure;
import org.boardpack.rollup.IndicatorRollup.YearTarget;

/**
 * An indicator's monthly history drawn against the target of each financial year, as a
 * dashed step where the target changes: a small chart for each scorecard row, and a
 * larger one with axes and labels for the indicators a programme marks as key. A chart is
 * drawn only for two figures or more.
 */
final class TrendChart {

	private static final Color INK = new Color(0x1A1A1A);

	static final Color LINE = new Color(0x1F3864);

	static final Color TARGET = new Color(0x595959);

	/**
	 * Gridlines are read to place a value, so they reach 3:1 against the page (WCAG
	 * 1.4.11) and stay thin to sit behind the series.
	 */
	private static final Color GRID = new Color(0x949494);

	/**
	 * Figures whose lowest is at least this share of their highest sit far from zero:
	 * their axis starts near the lowest rather than at zero.
	 */
	static final double FAR_FROM_ZERO = 0.75;

	private TrendChart() {
	}

	/**
	 * A 28 by 9 mm sparkline; null when the indicator has fewer than two figures, which
	 * make no trend.
	 */
	static Chart small(IndicatorRollup indicator, RagPalette palette) {
		if (!hasSeries(indicator)) {
			return null;
		}
		Canvas canvas = new Canvas(28, 9);
		// No axis to read a value from: the line is scaled to its own figures, to show
		// their shape.
		Frame frame = new Frame(indicator, 1.2, 1.2, 25.6, 6.6, false);
		frame.band(canvas);
		frame.target(canvas, 0.25);
		frame.series(canvas, 0.35, 0.7, palette);
		return canvas.toChart(smallAlt(indicator));
	}

	/**
	 * A 170 by 52 mm chart with a value axis, month labels and a legend naming the
	 * target; null when the indicator has fewer than two figures.
	 */
	static Chart large(IndicatorRollup indicator, RagPalette palette) {
		if (!hasSeries(indicator)) {
			return null;
		}
		Canvas canvas = new Canvas(170, 52);
		List<String> latest = latest(indicator);
		double labelWidth = Math.max(Canvas.measure(latest.get(0), 3.0, true),
				Canvas.measure(latest.get(latest.size() - 1), 2.8, false));
		// The plot ends where the latest value's label, written right of its point,
		// still fits whole.
		Frame frame = new Frame(indicator, 24, 9, Math.min(118, 170 - 24 - 2.5 - labelWidth - 1), 34, true);
		frame.niceAxis();
		frame.band(canvas);
		Unit unit = unit(indicator);
		for (double value = frame.low; value <= frame.high + frame.step / 2; value += frame.step) {
			double y = frame.y(value);
			canvas.line(frame.left, y, frame.left + frame.width, y, GRID, 0.2, false);
			canvas.text(unit.format(value), frame.left - 2, y + 1, 2.8, false, INK, 1);
		}
		List<PeriodFigure> history = indicator.history();
		int step = Math.max(1, (history.size() + 6) / 7);
		for (int i = 0; i < history.size(); i += step) {
			canvas.text(Dates.month(YearMonth.parse(history.get(i).period())), frame.x(i), 48.5, 2.8, false, INK, 0);
		}
		canvas.line(frame.left, 3.5, frame.left + 7, 3.5, LINE, 0.6, false);
		double x = frame.left + 9 + canvas.text("Monthly value", frame.left + 9, 4.5, 2.8, false, INK, -1) + 6;
		if (frame.target(canvas, 0.4)) {
			canvas.line(x, 3.5, x + 7, 3.5, TARGET, 0.4, true);
			canvas.text(targetLegend(indicator), x + 9, 4.5, 2.8, false, INK, -1);
		}
		frame.series(canvas, 0.6, 1.1, palette);
		PeriodFigure last = history.get(history.size() - 1);
		double labelX = frame.x(history.size() - 1) + 2.5;
		canvas.text(latest.get(0), labelX, frame.y(last.value()) + 1, 3.0, true, LINE, -1);
		if (latest.size() > 1) {
			canvas.text(latest.get(1), labelX, frame.y(last.value()) + 4.6, 2.8, false, INK, -1);
		}
		return canvas.toChart(largeAlt(indicator));
	}

	/**
	 * The lines of the last point's label: its value and, when rated, the RAG's word
	 * under it, so the colour of the marker is never the only sign of the rating.
	 */
	static List<String> latest(IndicatorRollup indicator) {
		List<PeriodFigure> history = indicator.history();
		String value = unit(indicator).format(history.get(history.size() - 1).value());
		return (indicator.rag() != null) ? List.of(value, indicator.rag().word()) : List.of(value);
	}

	static Unit unit(IndicatorRollup indicator) {
		Unit unit = Unit.parse(indicator.unit());
		return (unit != null) ? unit : Unit.COUNT;
	}

	/** A trend needs two figures at least; one figure is not a series. */
	static boolean hasSeries(IndicatorRollup indicator) {
		return indicator.history().size() >= 2;
	}

	static String smallAlt(IndicatorRollup indicator) {
		Unit unit = unit(indicator);
		List<PeriodFigure> history = indicator.history();
		PeriodFigure first = history.get(0);
		PeriodFigure last = history.get(history.size() - 1);
		return "Trend of " + indicator.id() + " from " + Dates.month(YearMonth.parse(first.period())) + " ("
				+ unit.format(first.value()) + ") to " + Dates.month(YearMonth.parse(last.period())) + " ("
				+ unit.format(last.value()) + ")" + targetsInWords(indicator) + ".";
	}

	static String largeAlt(IndicatorRollup indicator) {
		Unit unit = unit(indicator);
		StringJoiner values = new StringJoiner(", ", "Line chart of " + indicator.id() + ", " + indicator.title()
				+ targetsInWords(indicator) + ". Monthly values: ", ".");
		indicator.history()
			.forEach((f) -> values.add(Dates.month(YearMonth.parse(f.period())) + " " + unit.format(f.value())));
		return values + ((indicator.rag() != null) ? " The latest value is rated " + indicator.rag().word() + "." : "");
	}

	/**
	 * The targets the chart draws, in words: ", against the 2017/18 target of 91%" when
	 * its figures fall in one year, ", against the target of each financial year: 2016/17
	 * 88.7%, 2017/18 91%" when they span more, with "none" for a year without one; ",
	 * which has no target" when no year has one.
	 */
	static String targetsInWords(IndicatorRollup indicator) {
		List<TargetSteps.Step> steps = TargetSteps.of(indicator);
		if (steps.stream().allMatch((step) -> step.target() == null)) {
			return ", which has no target";
		}
		if (steps.size() == 1) {
			return ", against the " + steps.get(0).year() + " target of " + steps.get(0).target().text();
		}
		StringJoiner words = new StringJoiner(", ", ", against the target of each financial year: ", "");
		steps.forEach(
				(step) -> words.add(step.year() + " " + ((step.target() != null) ? step.target().text() : "none")));
		return words.toString();
	}

	/** The legend's words for the dashed line. */
	private static String targetLegend(IndicatorRollup indicator) {
		List<TargetSteps.Step> steps = TargetSteps.of(indicator)
			.stream()
			.filter((step) -> step.target() != null)
			.toList();
		return (steps.size() == 1) ? steps.get(0).year() + " target: " + steps.get(0).target().text()
				: "Target of each financial year";
	}

	/**
	 * Where the value axis starts and ends. It starts at zero, as a reader expects of a
	 * count or a percentage, unless every figure is above zero and the lowest is at least
	 * three quarters of the highest: then the figures sit far from zero, and an axis from
	 * zero would flatten them into a line, so it starts a little below the lowest. Below
	 * zero it always starts a little below the lowest. A chart without an axis to read
	 * values from (a scorecard's small trend) is scaled to its figures, to show their
	 * shape.
	 */
	static double[] valueRange(double min, double max, boolean percent, boolean axis) {
		double pad = (max > min) ? (max - min) * 0.08 : Math.max(Math.abs(max) * 0.05, 0.5);
		boolean fromZero = axis && min >= 0 && min < FAR_FROM_ZERO * max;
		double low = fromZero ? 0 : (min >= 0) ? Math.max(0, min - pad) : min - pad;
		double high = (percent && max <= 100) ? Math.min(100, max + pad) : max + pad;
		return new double[] { low, (high > low) ? high : low + 1 };
	}

	/** The plotting area and the value range it shows. */
	private static final class Frame {

		private final IndicatorRollup indicator;

		private final List<TargetSteps.Step> steps;

		private final double left;

		private final double top;

		private final double width;

		private final double height;

		private double low;

		private double high;

		private double step;

		Frame(IndicatorRollup indicator, double left, double top, double width, double height, boolean axis) {
			this.indicator = indicator;
			this.steps = TargetSteps.of(indicator);
			this.left = left;
			this.top = top;
			this.width = width;
			this.height = height;
			double min = Double.MAX_VALUE;
			double max = -Double.MAX_VALUE;
			for (PeriodFigure figure : indicator.history()) {
				min = Math.min(min, figure.value());
				max = Math.max(max, figure.value());
			}
			for (TargetSteps.Step each : this.steps) {
				if (each.target() != null) {
					min = Math.min(min, each.target().low());
					max = Math.max(max, each.target().high());
				}
			}
			double[] range = valueRange(min, max, "percent".equals(indicator.unit()), axis);
			this.low = range[0];
			this.high = range[1];
		}

		/**
		 * Widens the range to round steps, so the axis reads 80%, 85%, 90% rather than
		 * odd figures.
		 */
		void niceAxis() {
			double raw = (this.high - this.low) / 4;
			double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
			double[] steps = { 1, 2, 2.5, 5, 10 };
			double chosen = magnitude * 10;
			for (double candidate : steps) {
				if (candidate * magnitude >= raw) {
					chosen = candidate * magnitude;
					break;
				}
			}
			this.step = chosen;
			this.low = Math.floor(this.low / chosen) * chosen;
			this.high = Math.ceil(this.high / chosen) * chosen;
		}

		/**
		 * Placed by month, not by position in the history, so a missing month shows as a
		 * gap in time.
		 */
		double x(int index) {
			return x(YearMonth.parse(this.indicator.history().get(index).period()));
		}

		double x(YearMonth month) {
			List<PeriodFigure> history = this.indicator.history();
			YearMonth first = YearMonth.parse(history.get(0).period());
			long span = ChronoUnit.MONTHS.between(first, YearMonth.parse(history.get(history.size() - 1).period()));
			return this.left
					+ ((span == 0) ? this.width / 2 : this.width * ChronoUnit.MONTHS.between(first, month) / span);
		}

		private static long months(PeriodFigure from, PeriodFigure to) {
			return ChronoUnit.MONTHS.between(YearMonth.parse(from.period()), YearMonth.parse(to.period()));
		}

		double y(double value) {
			return this.top + this.height * (1 - (value - this.low) / (this.high - this.low));
		}

		/**
		 * Shades each year's target range; drawn first, so gridlines stay whole across
		 * it.
		 */
		void band(Canvas canvas) {
			for (TargetSteps.Step each : this.steps) {
				YearTarget target = each.target();
				if (target != null && target.high() != target.low()) {
					canvas.fill(x(each.from()), y(target.high()), x(each.to()) - x(each.from()),
							y(target.low()) - y(target.high()), new Color(0xEDEDED));
				}
			}
		}

		/**
		 * Draws each financial year's target as a dashed step, or two for a range, joined
		 * where one year's target follows another's; false when no year shown has a
		 * target.
		 */
		boolean target(Canvas canvas, double stroke) {
			boolean drawn = false;
			YearTarget before = null;
			for (TargetSteps.Step each : this.steps) {
				YearTarget target = each.target();
				if (target != null) {
					double from = x(each.from());
					double to = x(each.to());
					canvas.line(from, y(target.low()), to, y(target.low()), TARGET, stroke, true);
					if (target.high() != target.low()) {
						canvas.line(from, y(target.high()), to, y(target.high()), TARGET, stroke, true);
					}
					if (before != null) {
						canvas.line(from, y(before.low()), from, y(target.low()), TARGET, stroke, true);
						if (before.high() != before.low() || target.high() != target.low()) {
							canvas.line(from, y(before.high()), from, y(target.high()), TARGET, stroke, true);
						}
					}
					drawn = true;
				}
				before = target;
			}
			return drawn;
		}

		void series(Canvas canvas, double stroke, double radius, RagPalette palette) {
			List<PeriodFigure> history = this.indicator.history();
			for (int i = 0; i < history.size(); i++) {
				boolean joinedBefore = i > 0 && months(history.get(i - 1), history.get(i)) == 1;
				boolean joinedAfter = i + 1 < history.size() && months(history.get(i), history.get(i + 1)) == 1;
				if (joinedBefore) {
					canvas.line(x(i - 1), y(history.get(i - 1).value()), x(i), y(history.get(i).value()), LINE, stroke,
							false);
				}
				else if (!joinedAfter) {
					// A month with no neighbours is a point of its own: the line breaks
					// where a month is missing.
					canvas.dot(x(i), y(history.get(i).value()), stroke * 1.5, LINE);
				}
			}
			int last = history.size() - 1;
			Color end = (this.indicator.rag() != null) ? Canvas.colour(palette.of(this.indicator.rag()).fill()) : LINE;
			canvas.dot(x(last), y(history.get(last).value()), radius * 1.3, LINE);
			canvas.dot(x(last), y(history.get(last).value()), radius, end);
		}

	}

}
