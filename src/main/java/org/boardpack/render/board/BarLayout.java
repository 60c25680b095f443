package org.boardpack.render.board;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.rating.ActionCategory;
import org.boardpack.rollup.PriorityRollup;

/**
 * Where every part of the priority bar chart goes, in millimetres, decided before any
 * pixel is drawn: each priority's name wrapped whole onto as many lines as it needs, and
 * each bar segment's label (its letter and count) inside the segment when it fits, or
 * above it when the segment is too narrow.
 *
 * @param width the chart's width
 * @param height the chart's height
 * @param key the legend, one entry a RAG
 * @param rows one a priority, top to bottom
 */
record BarLayout(double width, double height, List<Key> key, List<Row> rows) {

	static final double WIDTH = 170;

	/** The column the priorities' names are written in. */
	static final double NAMES = 62;

	static final double NAME_SIZE = 3.0;

	static final double LABEL_SIZE = 2.8;

	static final double BAR = 4.9;

	/** White left between neighbouring segments, so each is bounded by the background. */
	static final double GAP = 0.4;

	private static final double LEADING = 3.7;

	private static final double ROW_GAP = 1.6;

	/** The band above a bar that holds the labels of its narrow segments. */
	private static final double CALLOUT = 3.4;

	/** Room right of the longest bar for the label of a narrow last segment. */
	private static final double RIGHT = 10;

	private static final double TOP = 10;

	/**
	 * A legend entry: a swatch at x holding the RAG's code, followed by its word unless
	 * the code is the word.
	 */
	record Key(ActionCategory part, String code, String word, double x, double swatchWidth) {
	}

	/**
	 * A priority's bar.
	 *
	 * @param id the priority's number, on the first line
	 * @param titleX where the title's lines start
	 * @param title the title's lines, every word of it, first to last
	 * @param baselines the baseline of each title line
	 * @param barTop the top of the bar
	 */
	record Row(String id, double titleX, List<String> title, List<Double> baselines, double barTop,
			List<Segment> segments) {
	}

	/**
	 * A part of a bar.
	 *
	 * @param x the segment's left
	 * @param width its drawn width (the gap after it excluded)
	 * @param label its code and count, e.g. "A 5"
	 * @param inside whether the label is written on the segment; otherwise above it
	 * @param labelX the centre of the label
	 */
	record Segment(ActionCategory part, int count, double x, double width, String label, boolean inside,
			double labelX) {

		double centre() {
			return this.x + this.width / 2;
		}

		double labelWidth() {
			return Canvas.measure(this.label, LABEL_SIZE, true);
		}

	}

	/**
	 * The second signal beside colour: B, G, A and R as the programme's files write them;
	 * Grey in full, as its letter is Green's; C for cancelled.
	 */
	static String code(ActionCategory part) {
		return (part == ActionCategory.GREY) ? part.word() : part.word().substring(0, 1);
	}

	/** The baseline of a label written above a bar. */
	static double calloutBaseline(Row row) {
		return row.barTop() - 1.2;
	}

	static BarLayout of(List<PriorityRollup> priorities) {
		int most = priorities.stream().mapToInt((p) -> p.counts().total()).max().orElse(1);
		double scale = (WIDTH - NAMES - RIGHT) / Math.max(most, 1);
		List<List<Segment>> bars = priorities.stream().map((p) -> segments(p, scale)).toList();
		boolean callouts = bars.stream().flatMap(List::stream).anyMatch((s) -> !s.inside());
		double idWidth = priorities.stream()
			.mapToDouble((p) -> Canvas.measure(p.id() + "  ", NAME_SIZE, false))
			.max()
			.orElse(0);
		double titleX = 1 + idWidth;
		List<List<String>> titles = priorities.stream().map((p) -> wrap(p.title(), NAMES - 2 - titleX)).toList();
		int lines = titles.stream().mapToInt(List::size).max().orElse(1);
		double rowHeight = Math.max(BAR + ROW_GAP + (callouts ? CALLOUT : 0), lines * LEADING + 1.2);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < priorities.size(); i++) {
			double barTop = TOP + (i + 1) * rowHeight - ROW_GAP / 2 - BAR;
			List<String> title = titles.get(i);
			double block = 2.4 + (title.size() - 1) * LEADING + 0.7;
			double first = Math.max(TOP + i * rowHeight, barTop + BAR / 2 - block / 2) + 2.4;
			List<Double> baselines = new ArrayList<>();
			for (int line = 0; line < title.size(); line++) {
				baselines.add(first + line * LEADING);
			}
			rows.add(new Row(priorities.get(i).id(), titleX, title, baselines, barTop, bars.get(i)));
		}
		return new BarLayout(WIDTH, TOP + rowHeight * priorities.size() + 3, keyEntries(), rows);
	}

	private static List<Segment> segments(PriorityRollup priority, double scale) {
		List<Segment> segments = new ArrayList<>();
		double left = NAMES;
		double calloutEnd = -Double.MAX_VALUE;
		for (ActionCategory part : PriorityBarChart.ORDER) {
			int count = part.of(priority.counts());
			if (count == 0) {
				continue;
			}
			double width = count * scale - GAP;
			String label = code(part) + " " + count;
			double labelWidth = Canvas.measure(label, LABEL_SIZE, true);
			boolean inside = labelWidth + 1.2 <= width;
			double centre = left + width / 2;
			double labelX = centre;
			if (!inside) {
				// Labels above the bar go left to right, each moved right of the one
				// before so none covers another.
				double labelLeft = Math.max(centre - labelWidth / 2, calloutEnd + 2.0);
				labelX = labelLeft + labelWidth / 2;
				calloutEnd = labelLeft + labelWidth;
			}
			segments.add(new Segment(part, count, left, width, label, inside, labelX));
			left += count * scale;
		}
		return segments;
	}

	/**
	 * The text broken at spaces into lines no wider than {@code width}; a word longer
	 * than a line keeps a line of its own, whole.
	 */
	static List<String> wrap(String text, double width) {
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String word : text.strip().split("\\s+")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && Canvas.measure(longer, NAME_SIZE, false) > width) {
				lines.add(line);
				line = word;
			}
			else {
				line = longer;
			}
		}
		lines.add(line);
		return lines;
	}

	/**
	 * The legend, over the bars; moved left, over the names, as far as it needs to fit
	 * the chart's width whole.
	 */
	private static List<Key> keyEntries() {
		List<Key> key = new ArrayList<>();
		double x = 0;
		for (ActionCategory part : PriorityBarChart.ORDER) {
			String code = code(part);
			String word = code.equals(part.word()) ? "" : part.word();
			double swatch = Math.max(4.5, Canvas.measure(code, LABEL_SIZE, true) + 1.8);
			key.add(new Key(part, code, word, x, swatch));
			x += swatch + (word.isEmpty() ? 0 : 1.5 + Canvas.measure(word, NAME_SIZE, false)) + 5;
		}
		double start = Math.max(1, Math.min(NAMES, WIDTH - 1 - (x - 5)));
		return key.stream().map((k) -> new Key(k.part(), k.code(), k.word(), start + k.x(), k.swatchWidth())).toList();
	}

}
