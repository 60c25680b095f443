package org.boardpack.indicator;

/**
 * A comparator's figure for an indicator in one year, e.g. the national average for
 * 2014/15.
 */
public record Benchmark(String indicatorId, String comparator, String year, double value) {
}
