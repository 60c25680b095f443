package org.boardpack.rating;

/**
 * A comparison with a benchmark: "better", "similar", "worse" (or "higher"/"lower"
 * without polarity), or "not compared" for totals such as counts.
 */
public record Comparison(String verdict, String reason) {

	public static final String NOT_COMPARED = "not compared";

	public static final Comparison NONE = new Comparison("n/a", "no benchmark");

}
