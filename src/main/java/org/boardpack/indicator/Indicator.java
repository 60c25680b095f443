package org.boardpack.indicator;

/**
 * A performance measure of the programme. {@code priorityId} may be null for a profile
 * measure that belongs to no priority; {@code tolerancePercent} is null where the
 * programme's default applies; {@code key} marks the measures a board watches first.
 */
public record Indicator(String id, String priorityId, String title, Unit unit, Polarity polarity,
		Accumulation accumulation, String source, boolean key, Double tolerancePercent) {
}
