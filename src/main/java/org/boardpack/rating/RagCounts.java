package org.boardpack.rating;

import java.util.Collection;

import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.Rag;

/**
 * How many actions carry each assessed colour, with cancelled actions counted on their
 * own rather than as Grey: an action nobody will deliver is not one waiting to be rated.
 *
 * @param grey actions not rated (not yet due to start, or no due date to rate from), not
 * cancelled ones
 * @param cancelled actions cancelled; always zero for indicators
 */
public record RagCounts(int blue, int green, int amber, int red, int grey, int cancelled) {

	/** Counts of colours with nothing cancelled, such as indicators'. */
	public RagCounts(int blue, int green, int amber, int red, int grey) {
		this(blue, green, amber, red, grey, 0);
	}

	public static RagCounts of(Collection<Rag> rags) {
		int[] counts = new int[Rag.values().length];
		rags.forEach((rag) -> counts[rag.ordinal()]++);
		return new RagCounts(counts[Rag.BLUE.ordinal()], counts[Rag.GREEN.ordinal()], counts[Rag.AMBER.ordinal()],
				counts[Rag.RED.ordinal()], counts[Rag.GREY.ordinal()], 0);
	}

	/** Actions by assessed colour, the cancelled ones apart. */
	public static RagCounts ofActions(Collection<ActionAssessment> actions) {
		RagCounts colours = of(actions.stream()
			.filter((a) -> a.status() != ActionStatus.CANCELLED)
			.map((a) -> a.assessed().rag())
			.toList());
		int cancelled = (int) actions.stream().filter((a) -> a.status() == ActionStatus.CANCELLED).count();
		return new RagCounts(colours.blue, colours.green, colours.amber, colours.red, colours.grey, cancelled);
	}

	public int total() {
		return this.blue + this.green + this.amber + this.red + this.grey + this.cancelled;
	}

	/** Actions still to deliver and rated: green, amber or red. */
	public int open() {
		return this.green + this.amber + this.red;
	}

	/** Actions with a colour from the rules: all but the grey and the cancelled. */
	public int rated() {
		return this.blue + open();
	}

	/** The count of a colour; Grey's leaves the cancelled out. */
	public int of(Rag rag) {
		return switch (rag) {
			case BLUE -> this.blue;
			case GREEN -> this.green;
			case AMBER -> this.amber;
			case RED -> this.red;
			case GREY -> this.grey;
		};
	}

}
