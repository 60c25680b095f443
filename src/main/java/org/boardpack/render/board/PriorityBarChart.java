package org.boardpack.render.board;

import java.awt.Color;
import java.util.List;

import org.boardpack.plan.Rag;
import org.boardpack.rating.RagCounts;
import org.boardpack.pack.RagPalette;
import org.boardpack.render.PriorityChartText;
import org.boardpack.rollup.PriorityRollup;

/**
 * The bar chart of actions by RAG for each priority: one bar a priority, split into the
 * five colours in the palette's order of completion, with each part's count written on it
 * and a legend of the words.
 */
final class PriorityBarChart {

	static final List<Rag> ORDER = PriorityChartText.ORDER;

	private static final double WIDTH = 170;

	private static final double LABEL = 62;

	private static final double ROW = 6.5;

	private static final double TOP = 10;

	private PriorityBarChart() {
	}

	static Chart draw(List<PriorityRollup> priorities, RagPalette palette) {
		double height = TOP + ROW * priorities.size() + 3;
		Canvas canvas = new Canvas(WIDTH, height);
		Color ink = new Color(0x1A1A1A);
		double x = LABEL;
		for (Rag rag : ORDER) {
			canvas.fill(x, 2.5, 4, 4, Canvas.colour(palette.of(rag).fill()));
			canvas.outline(x, 2.5, 4, 4, new Color(0x404040), 0.2);
			x += 5.5 + canvas.text(rag.word(), x + 5.5, 5.9, 3.0, false, ink, -1) + 4;
		}
		int most = priorities.stream().mapToInt((p) -> p.counts().total()).max().orElse(1);
		double scale = (WIDTH - LABEL - 2) / Math.max(most, 1);
		double y = TOP;
		for (PriorityRollup priority : priorities) {
			canvas.text(label(canvas, priority), 1, y + ROW / 2 + 1.1, 3.0, false, ink, -1);
			double left = LABEL;
			for (Rag rag : ORDER) {
				int count = priority.counts().of(rag);
				if (count == 0) {
					continue;
				}
				double w = count * scale;
				canvas.fill(left, y + 0.8, w, ROW - 1.6, Canvas.colour(palette.of(rag).fill()));
				canvas.outline(left, y + 0.8, w, ROW - 1.6, Color.WHITE, 0.3);
				String number = String.valueOf(count);
				if (canvas.textWidth(number, 2.8, true) + 1 < w) {
					canvas.text(number, left + w / 2, y + ROW / 2 + 1.0, 2.8, true,
							Canvas.colour(palette.of(rag).text()), 0);
				}
				left += w;
			}
			y += ROW;
		}
		return canvas.toChart(alt(priorities));
	}

	private static String label(Canvas canvas, PriorityRollup priority) {
		String full = priority.id() + "  " + priority.title();
		String label = full;
		while (label.length() > 4
				&& canvas.textWidth(label.equals(full) ? label : label + "\u2026", 3.0, false) > LABEL - 3) {
			label = label.substring(0, label.length() - 1);
		}
		return label.equals(full) ? full : label.strip() + "\u2026";
	}

	static String alt(List<PriorityRollup> priorities) {
		return PriorityChartText.alt(priorities);
	}

	static String counts(RagCounts counts) {
		return PriorityChartText.counts(counts);
	}

}
