package org.boardpack.render;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.boardpack.plan.Rag;
import org.boardpack.rating.RagCounts;
import org.boardpack.rollup.PriorityRollup;

/**
 * The words of the chart of actions by RAG for each priority, for a reader who cannot see
 * it: the same figures in the board paper's picture and the tracker's live chart.
 */
public final class PriorityChartText {

	/** The colours in the order of the chart's segments, complete first. */
	public static final List<Rag> ORDER = List.of(Rag.BLUE, Rag.GREEN, Rag.AMBER, Rag.RED, Rag.GREY);

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

	/** Counts in the chart's order: "24 blue, 0 green, 5 amber, 1 red, 1 grey". */
	public static String counts(RagCounts counts) {
		StringJoiner text = new StringJoiner(", ");
		ORDER.forEach((rag) -> text.add(counts.of(rag) + " " + rag.word().toLowerCase(Locale.ROOT)));
		return text.toString();
	}

}
