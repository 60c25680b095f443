package org.boardpack.programme;

import java.util.List;

import org.boardpack.plan.Rag;

/**
 * What the exception report lists. Defaults suit a governance board; a programme
 * overrides any of them in its {@code programme.yml} under {@code exceptions:}.
 *
 * @param actionRags assessed RAGs that put an action under "actions off track"; overdue
 * actions always are
 * @param indicatorRags indicator RAGs that count as off target
 * @param worseningPeriods an indicator worsening this many periods in a row, or more, is
 * listed
 * @param missedPeriods an action without an update for this many periods in a row, or
 * more, is listed
 */
public record ExceptionRules(List<Rag> actionRags, List<Rag> indicatorRags, Integer worseningPeriods,
		Integer missedPeriods) {

	public static final ExceptionRules DEFAULTS = new ExceptionRules(List.of(Rag.RED), List.of(Rag.RED), 2, 1);

	/** These rules with every missing value taken from {@link #DEFAULTS}. */
	public ExceptionRules withDefaults() {
		ExceptionRules d = DEFAULTS;
		return new ExceptionRules(List.copyOf(or(this.actionRags, d.actionRags)),
				List.copyOf(or(this.indicatorRags, d.indicatorRags)), or(this.worseningPeriods, d.worseningPeriods),
				or(this.missedPeriods, d.missedPeriods));
	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
