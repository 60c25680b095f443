package org.boardpack.rating;

import java.util.Collection;

import org.boardpack.plan.Rag;

/** How many actions carry each assessed colour. */
public record RagCounts(int blue, int green, int amber, int red, int grey) {

	public static RagCounts of(Collection<Rag> rags) {
		int[] counts = new int[Rag.values().length];
		rags.forEach((rag) -> counts[rag.ordinal()]++);
		return new RagCounts(counts[Rag.BLUE.ordinal()], counts[Rag.GREEN.ordinal()], counts[Rag.AMBER.ordinal()],
				counts[Rag.RED.ordinal()], counts[Rag.GREY.ordinal()]);
	}

	public int total() {
		return this.blue + this.green + this.amber + this.red + this.grey;
	}

	/** Actions still to deliver and rated: green, amber or red. */
	public int open() {
		return this.green + this.amber + this.red;
	}

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
