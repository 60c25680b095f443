package org.boardpack.rollup;

import java.util.List;

import org.boardpack.rating.Direction;
import org.boardpack.plan.Rag;

/**
 * One indicator in one period, once however many priorities it belongs to: value, target
 * of the period's financial year, RAG with its reason, direction of travel, benchmarks
 * and the monthly history up to the period.
 *
 * @param targetLow the target, or the lower end of a target range; null when there is no
 * target
 * @param periodsWorsening how many periods in a row the indicator has worsened, up to
 * this one
 * @param previousRag the RAG last period against that period's target; null when there
 * was no last period
 * @param tolerancePercent the tolerance around the target as a % of it: the indicator's
 * own or the programme's
 * @param priorityIds the priorities it is reported under; empty for a profile measure
 * @param appendixCodes the other codes the plan gives the same measure, such as its
 * appendix number
 * @param targets the target of each financial year the programme set one for, in year
 * order, so a trend is drawn against the target of its own year
 */
public record IndicatorRollup(String id, List<String> priorityIds, String title, String unit, String polarity,
		String accumulation, String source, boolean key, List<YearFigure> baselines, String financialYear,
		Double targetLow, Double targetHigh, String target, Double value, String valueText, Double previousValue,
		Double lastYearValue, Rag rag, String reason, Direction direction, String directionReason,
		Direction directionSinceLastYear, String directionSinceLastYearReason, List<BenchmarkFigure> benchmarks,
		int periodsWorsening, List<PeriodFigure> history, Rag previousRag, Double tolerancePercent,
		List<String> appendixCodes, List<YearTarget> targets) {

	public IndicatorRollup {
		priorityIds = (priorityIds != null) ? List.copyOf(priorityIds) : List.of();
		appendixCodes = (appendixCodes != null) ? List.copyOf(appendixCodes) : List.of();
		targets = (targets != null) ? List.copyOf(targets) : List.of();
	}

	/** Whether it is reported under this priority. */
	public boolean belongsTo(String priorityId) {
		return this.priorityIds.contains(priorityId);
	}

	/** Its priorities as a cell shows them: "5; 9"; empty for a profile measure. */
	public String priorities() {
		return String.join("; ", this.priorityIds);
	}

	/**
	 * Its code as a reader looks it up: "7g", or "7g (A55)" with the other codes the plan
	 * gives it.
	 */
	public String label() {
		return this.appendixCodes.isEmpty() ? this.id : this.id + " (" + String.join(", ", this.appendixCodes) + ")";
	}

	/** A figure for a financial year, such as a baseline. */
	public record YearFigure(String year, double value) {
	}

	/** A comparator's latest figure and how this period's value compares with it. */
	public record BenchmarkFigure(String comparator, String year, double value, String verdict, String reason) {
	}

	/**
	 * A financial year's target: one figure ({@code high} equals {@code low}) or a range.
	 *
	 * @param text the target as the paper writes it, e.g. "91%" or "60 to 120"
	 */
	public record YearTarget(String year, double low, double high, String text) {
	}

	/** The indicator's value in one period. */
	public record PeriodFigure(String period, double value) {
	}

}
