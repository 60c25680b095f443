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

/**
 * An indicator's monthly history drawn against its target: a small chart for each
 * scorecard row, and a larger one with axes and labels for the indicators a programme
 * marks as key.
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

	private TrendChart() {
	}

	/** A 28 by 9 mm sparkline; null when the indicator has no history to draw. */
	static Chart small(IndicatorRollup indicator, RagPalette palette) {
		if (indicator.history().isEmpty()) {
			return null;
		}
		Canvas canvas = new Canvas(28, 9);
		Frame frame = new Frame(indicator, 1.2, 1.2, 25.6, 6.6);
		frame.band(canvas);
		frame.target(canvas, 0.25);
		frame.series(canvas, 0.35, 0.7, palette);
		return canvas.toChart(smallAlt(indicator));
	}

	/**
	 * A 170 by 52 mm chart with a value axis, month labels and a legend naming the
	 * target.
	 */
	static Chart large(IndicatorRollup indicator, RagPalette palette) {
		if (indicator.history().isEmpty()) {
			return null;
		}
		Canvas canvas = new Canvas(170, 52);
		List<String> latest = latest(indicator);
		double labelWidth = Math.max(Canvas.measure(latest.get(0), 3.0, true),
				Canvas.measure(latest.get(latest.size() - 1), 2.8, false));
		// The plot ends where the latest value's label, written right of its point,
		// still fits whole.
		Frame frame = new Frame(indicator, 24, 9, Math.min(118, 170 - 24 - 2.5 - labelWidth - 1), 34);
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
			canvas.text(indicator.financialYear() + " target: " + indicator.target(), x + 9, 4.5, 2.8, false, INK, -1);
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

	static String smallAlt(IndicatorRollup indicator) {
		Unit unit = unit(indicator);
		List<PeriodFigure> history = indicator.history();
		PeriodFigure first = history.get(0);
		PeriodFigure last = history.get(history.size() - 1);
		return "Trend of " + indicator.id() + " from " + Dates.month(YearMonth.parse(first.period())) + " ("
				+ unit.format(first.value()) + ") to " + Dates.month(YearMonth.parse(last.period())) + " ("
				+ unit.format(last.value()) + ")"
				+ ((indicator.targetLow() != null) ? " against a target of " + indicator.target() : ", no target")
				+ ".";
	}

	static String largeAlt(IndicatorRollup indicator) {
		Unit unit = unit(indicator);
		StringJoiner values = new StringJoiner(", ",
				"Line chart of " + indicator.id() + ", " + indicator.title()
						+ ((indicator.targetLow() != null)
								? ", against the " + indicator.financialYear() + " target of " + indicator.target()
								: ", which has no target")
						+ ". Monthly values: ",
				".");
		indicator.history()
			.forEach((f) -> values.add(Dates.month(YearMonth.parse(f.period())) + " " + unit.format(f.value())));
		return values + ((indicator.rag() != null) ? " The latest value is rated " + indicator.rag().word() + "." : "");
	}

	/** The plotting area and the value range it shows. */
	private static final class Frame {

		private final IndicatorRollup indicator;

		private final double left;

		private final double top;

		private final double width;

		private final double height;

		private double low;

		private double high;

		private double step;

		Frame(IndicatorRollup indicator, double left, double top, double width, double height) {
			this.indicator = indicator;
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
			if (indicator.targetLow() != null) {
				min = Math.min(min, indicator.targetLow());
				max = Math.max(max, indicator.targetHigh() != null ? indicator.targetHigh() : indicator.targetLow());
			}
			double pad = (max > min) ? (max - min) * 0.08 : Math.max(Math.abs(max) * 0.05, 0.5);
			this.low = (min >= 0) ? Math.max(0, min - pad) : min - pad;
			this.high = ("percent".equals(indicator.unit()) && max <= 100) ? Math.min(100, max + pad) : max + pad;
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
			List<PeriodFigure> history = this.indicator.history();
			long span = months(history.get(0), history.get(history.size() - 1));
			return this.left
					+ ((span == 0) ? this.width / 2 : this.width * months(history.get(0), history.get(index)) / span);
		}

		private static long months(PeriodFigure from, PeriodFigure to) {
			return ChronoUnit.MONTHS.between(YearMonth.parse(from.period()), YearMonth.parse(to.period()));
		}

		double y(double value) {
			return this.top + this.height * (1 - (value - this.low) / (this.high - this.low));
		}

		/**
		 * Shades a target range; drawn first, so gridlines stay whole across it.
		 */
		void band(Canvas canvas) {
			Double low = this.indicator.targetLow();
			Double high = this.indicator.targetHigh();
			if (low != null && high != null && !high.equals(low)) {
				canvas.fill(this.left, y(high), this.width, y(low) - y(high), new Color(0xEDEDED));
			}
		}

		/**
		 * Draws the target as a dashed line, or two for a range; false when there is no
		 * target.
		 */
		boolean target(Canvas canvas, double stroke) {
			Double low = this.indicator.targetLow();
			if (low == null) {
				return false;
			}
			Double high = this.indicator.targetHigh();
			if (high != null && !high.equals(low)) {
				canvas.line(this.left, y(high), this.left + this.width, y(high), TARGET, stroke, true);
			}
			canvas.line(this.left, y(low), this.left + this.width, y(low), TARGET, stroke, true);
			return true;
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
