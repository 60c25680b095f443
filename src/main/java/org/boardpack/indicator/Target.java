package org.boardpack.indicator;

/**
 * An indicator's target for one financial year ("2017/18"): a single figure ({@code high}
 * equals {@code low}) or, for range polarity, a band from {@code low} to {@code high}.
 */
public record Target(String indicatorId, String year, double low, double high) {

	public boolean isRange() {
		return this.low != this.high;
	}

	public String describe(Unit unit) {
		return isRange() ? unit.format(this.low) + " to " + unit.format(this.high) : unit.format(this.low);
	}

}
