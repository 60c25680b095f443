package org.boardpack.render;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.boardpack.rating.ActionCategory;
import org.boardpack.input.Counted;
import org.boardpack.rating.RagCounts;
import org.boardpack.rollup.PriorityRollup;

/**
 * The words of the chart of actions by RAG for each priority, for a reader who cannot see
 * it: the same figures in the board paper's picture and the tracker's live chart.
 */
public final class PriorityChartText {

	/** The parts in the order of the chart's segments, complete first, cancelled last. */
	public static final List<ActionCategory> ORDER = List.of(ActionCategory.values());

	private PriorityChartText() {
	}

	/** The chart's alternative text: what it shows and every priority's counts. */
	public static String alt(List<PriorityRollup> priorities) {
		StringJoiner text = new StringJoiner("; ", "Bar chart of actions by RAG status for each priority. ", ".");
		for (PriorityRollup priority : priorities) {
			text.add("Priority " + priority.id() + ", " + priority.title() + ": " + counts(priority.counts()));
		}
		return text.toString();
	}

	/**
	 * Counts in the chart's order: "24 blue, 0 green, 5 amber, 1 red, 1 grey, 0
	 * cancelled".
	 */
	public static String counts(RagCounts counts) {
		StringJoiner text = new StringJoiner(", ");
		ORDER.forEach((part) -> text.add(part.of(counts) + " " + part.word().toLowerCase(Locale.ROOT)));
		return text.toString();
	}

	/**
	 * The parts that hold any action, for a sentence: "33 actions: 31 blue, 1 green, 1
	 * cancelled".
	 */
	public static String sentence(RagCounts counts) {
		StringJoiner text = new StringJoiner(", ", Counted.of(counts.total(), "action") + ": ", "");
		text.setEmptyValue(Counted.of(counts.total(), "action"));
		ORDER.stream()
			.filter((part) -> part.of(counts) > 0)
			.forEach((part) -> text.add(part.of(counts) + " " + part.word().toLowerCase(Locale.ROOT)));
		return text.toString();
	}

}
