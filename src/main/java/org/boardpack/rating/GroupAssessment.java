package org.boardpack.rating;

/**
 * The roll-up of a group of actions (a priority or the whole programme).
 *
 * @param percentComplete mean % complete over actions not cancelled
 * @param percentOnTrack share of rated actions (not grey) that are blue or green
 */
public record GroupAssessment(RagCounts counts, int updatesMissing, int conflicts, double percentComplete,
		double percentOnTrack, Rating rating) {
}
