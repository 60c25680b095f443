package org.boardpack.rating;

import java.util.Locale;

import org.boardpack.plan.Rag;

/**
 * The parts actions are counted in, in the order every count, key and chart gives them:
 * the four colours of the rules, Grey for an action not rated yet, and cancelled apart
 * from Grey, since an action nobody will deliver is not one waiting to be rated.
 */
public enum ActionCategory {

	BLUE(Rag.BLUE), GREEN(Rag.GREEN), AMBER(Rag.AMBER), RED(Rag.RED), GREY(Rag.GREY), CANCELLED(null);

	private final Rag rag;

	ActionCategory(Rag rag) {
		this.rag = rag;
	}

	/** The colour, or null for cancelled, which has no RAG of its own. */
	public Rag rag() {
		return this.rag;
	}

	/** "Blue", "Grey", "Cancelled". */
	public String word() {
		return (this.rag != null) ? this.rag.word() : "Cancelled";
	}

	/** "complete", "not rated", "cancelled". */
	public String meaning() {
		return ((this.rag != null) ? this.rag.meaning() : "Cancelled").toLowerCase(Locale.ROOT);
	}

	/** Lower-case code, as JSON and palettes write it ("cancelled"). */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** How many of the counted actions fall in this part. */
	public int of(RagCounts counts) {
		return (this.rag != null) ? counts.of(this.rag) : counts.cancelled();
	}

}
