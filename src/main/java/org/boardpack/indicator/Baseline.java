package org.boardpack.indicator;

/**
 * The authority's own figure for a year before the programme, the point improvement is
 * measured from.
 */
public record Baseline(String indicatorId, String year, double value, String note) {
}
