package org.boardpack.rating;

/** A direction of travel with the figures that show it. */
public record Trend(Direction direction, String reason) {

	public static Trend notAvailable(String reason) {
		return new Trend(Direction.NOT_AVAILABLE, reason);
	}

}
