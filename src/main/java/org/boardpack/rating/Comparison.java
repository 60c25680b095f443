package org.boardpack.rating;

/** A comparison with a benchmark: "better", "similar", "worse" (or "higher"/"lower" without polarity). */
public record Comparison(String verdict, String reason) {

	public static final Comparison NONE = new Comparison("n/a", "no benchmark");

}
