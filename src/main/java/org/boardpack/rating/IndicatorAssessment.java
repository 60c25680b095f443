package org.boardpack.rating;

/**
 * What the rules conclude about an indicator in one period: its RAG against the financial year's target,
 * its direction of travel against the previous period and the same period last year, and how it compares
 * with the national average and statistical neighbours.
 */
public record IndicatorAssessment(Rating rating, Trend sincePreviousPeriod, Trend sinceLastYear,
		Comparison national, Comparison statisticalNeighbours) {

	/** A comparison with a benchmark: "better", "similar", "worse" (or "higher"/"lower" without polarity). */
	public record Comparison(String verdict, String reason) {

		public static final Comparison NONE = new Comparison("n/a", "no benchmark");

	}

}
