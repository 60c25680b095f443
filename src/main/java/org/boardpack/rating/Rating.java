package org.boardpack.rating;

import org.boardpack.input.Text;
import org.boardpack.plan.Rag;

/**
 * A RAG colour with the plain-English reason that produced it, e.g. Red because "overdue
 * by 42 days (due 30 Sep 2016, 60% complete)".
 */
public record Rating(Rag rag, String reason) {

	public static Rating of(Rag rag, String reason, Object... args) {
		return new Rating(rag, args.length == 0 ? reason : Text.format(reason, args));
	}

	/**
	 * The rating as one would say it: "Red: overdue by 42 days (due 30 Sep 2016, 60%
	 * complete)".
	 */
	public String sentence() {
		return this.rag.word() + ": " + this.reason;
	}

}
