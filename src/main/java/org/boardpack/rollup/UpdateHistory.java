package org.boardpack.rollup;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.boardpack.plan.ActionUpdate;

/**
 * The leads' returns a roll-up reads, one action at a time, so that a plan of any size is
 * rolled up without holding every return of every month at once.
 */
public interface UpdateHistory {

	/**
	 * Calls {@code action} with each action's returns up to the roll-up's period, in
	 * period order.
	 */
	void forEachAction(Consumer<List<ActionUpdate>> action);

	/** Whether any return was made for a period. */
	boolean hasReturns(YearMonth period);

}
