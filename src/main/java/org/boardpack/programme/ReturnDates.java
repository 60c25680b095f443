package org.boardpack.programme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.boardpack.input.Problems;
import org.boardpack.plan.ActionUpdate;

/**
 * Flags a return whose content does not match the month it is filed as: when every
 * {@code updated_on} in it is far from that month, it is most likely another month's
 * return saved under the wrong name, and the board would see old updates as this month's.
 */
final class ReturnDates {

	/**
	 * A return is made from a month before its period (early returns) to two months after
	 * it (late ones).
	 */
	private static final int MONTHS_BEFORE = 1;

	private static final int MONTHS_AFTER = 2;

	private ReturnDates() {
	}

	static void check(String file, YearMonth period, List<ActionUpdate> rows, Problems problems) {
		List<LocalDate> dates = rows.stream().map(ActionUpdate::updatedOn).filter(Objects::nonNull).sorted().toList();
		LocalDate from = period.minusMonths(MONTHS_BEFORE).atDay(1);
		LocalDate to = period.plusMonths(MONTHS_AFTER).atEndOfMonth();
		if (!dates.isEmpty() && dates.stream().allMatch((date) -> date.isBefore(from) || date.isAfter(to))) {
			problems.file(file,
					"every updated_on (%s to %s) is outside %s to %s, when a return for %s is made; "
							+ "is it another month's return? Name it after its month, or correct the dates",
					dates.get(0), dates.get(dates.size() - 1), from, to, period);
		}
	}

}
