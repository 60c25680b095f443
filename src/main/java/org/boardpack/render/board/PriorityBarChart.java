package org.boardpack.render.board;

import java.awt.Color;
import java.util.List;

import org.boardpack.rating.ActionCategory;
import org.boardpack.rating.RagCounts;
import org.boardpack.pack.RagPalette;
import org.boardpack.pack.RagPalette.Swatch;
import org.boardpack.render.PriorityChartText;
import org.boardpack.rollup.PriorityRollup;

/**
 * The bar chart of actions by RAG for each priority: one bar a priority, split into the
 * five colours in the palette's order of completion, then the cancelled actions. Colour
 * is never the only signal: each part carries its letter and count (on it, or above it
 * when it is narrow), the key gives the same letters, and a light fill is edged in dark
 * so it stands out from the page in a black-and-white print.
 */
final class PriorityBarChart {

	static final List<ActionCategory> ORDER = PriorityChartText.ORDER;

	/**
	 * Cancelled actions have no RAG and so no colour in the palette: they are drawn as an
	 * empty box, white with the dark edge every light fill gets, so they read as actions
	 * no longer in the plan, apart from Grey's light fill in colour and in a
	 * black-and-white print alike.
	 */
	static final Swatch CANCELLED = new Swatch("#FFFFFF", "#1A1A1A");

	/** The key's swatches sit on this line. */
	private static final double KEY_TOP = 2.3;

	private static final double KEY_HEIGHT = 4.6;

	private static final Color INK = new Color(0x1A1A1A);

	/**
	 * The edge drawn inside a segment whose fill is under 3:1 against the white page:
	 * 17:1 against white, and at least 5.8:1 against any such light fill.
	 */
	static final Color EDGE = INK;

	private static final double EDGE_WIDTH = 0.3;

	private PriorityBarChart() {
	}

	static Chart draw(List<PriorityRollup> priorities, RagPalette palette) {
		BarLayout layout = BarLayout.of(priorities);
		Canvas canvas = new Canvas(layout.width(), layout.height());
		for (BarLayout.Key key : layout.key()) {
			Swatch swatch = swatch(key.part(), palette);
			box(canvas, key.x(), KEY_TOP, key.swatchWidth(), KEY_HEIGHT, swatch);
			canvas.text(key.code(), key.x() + key.swatchWidth() / 2, KEY_TOP + KEY_HEIGHT / 2 + 1.0,
					BarLayout.LABEL_SIZE, true, Canvas.colour(swatch.text()), 0);
			canvas.text(key.word(), key.x() + key.swatchWidth() + 1.5, KEY_TOP + KEY_HEIGHT / 2 + 1.05,
					BarLayout.NAME_SIZE, false, INK, -1);
		}
		for (BarLayout.Row row : layout.rows()) {
			canvas.text(row.id(), 1, row.baselines().get(0), BarLayout.NAME_SIZE, false, INK, -1);
			for (int line = 0; line < row.title().size(); line++) {
				canvas.text(row.title().get(line), row.titleX(), row.baselines().get(line), BarLayout.NAME_SIZE, false,
						INK, -1);
			}
			for (BarLayout.Segment segment : row.segments()) {
				Swatch swatch = swatch(segment.part(), palette);
				box(canvas, segment.x(), row.barTop(), segment.width(), BarLayout.BAR, swatch);
				if (segment.inside()) {
					canvas.text(segment.label(), segment.labelX(), row.barTop() + BarLayout.BAR / 2 + 1.0,
							BarLayout.LABEL_SIZE, true, Canvas.colour(swatch.text()), 0);
				}
				else {
					canvas.line(segment.centre(), row.barTop() - 0.1, segment.labelX(), row.barTop() - 0.8, INK, 0.2,
							false);
					canvas.text(segment.label(), segment.labelX(), BarLayout.calloutBaseline(row), BarLayout.LABEL_SIZE,
							true, INK, 0);
				}
			}
		}
		return canvas.toChart(alt(priorities));
	}

	static Swatch swatch(ActionCategory part, RagPalette palette) {
		return (part.rag() != null) ? palette.of(part.rag()) : CANCELLED;
	}

	/**
	 * A filled box; a fill too light to stand out from the page gets a dark edge inside
	 * it, so every box is bounded by at least 3:1 whatever the palette says.
	 */
	private static void box(Canvas canvas, double x, double y, double w, double h, Swatch swatch) {
		Color fill = Canvas.colour(swatch.fill());
		canvas.fill(x, y, w, h, fill);
		if (Contrast.ratio(fill, Color.WHITE) < Contrast.NON_TEXT) {
			double inset = EDGE_WIDTH / 2;
			canvas.outline(x + inset, y + inset, w - EDGE_WIDTH, h - EDGE_WIDTH, EDGE, EDGE_WIDTH);
		}
	}

	static String alt(List<PriorityRollup> priorities) {
		return PriorityChartText.alt(priorities);
	}

	static String counts(RagCounts counts) {
		return PriorityChartText.counts(counts);
	}

}
