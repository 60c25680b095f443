package org.boardpack.rollup;

import java.util.List;

/**
 * The computed roll-up of one programme for one period: the one immutable report model
 * that every output is made from. Serialised as {@code rollup.json}.
 */
public record Rollup(ProgrammeRollup programme, List<PriorityRollup> priorities, List<IndicatorRollup> indicators) {
}
