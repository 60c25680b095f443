package org.boardpack.programme;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.boardpack.indicator.Baseline;
import org.boardpack.indicator.Benchmark;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.indicator.Target;
import org.boardpack.input.Checksums;
import org.boardpack.input.Problem;
import org.boardpack.plan.Action;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.PlanIssue;
import org.boardpack.plan.Priority;

/**
 * Everything read and validated from a programme folder, in file order.
 *
 * @param updates each period's update return, by period
 * @param checksums SHA-256 of every input file read, by path relative to the programme
 * folder
 * @param warnings what the user should know of the folder that does not stop a run, such
 * as files not read
 */
public record ProgrammeInput(ProgrammeSettings settings, List<Priority> priorities, List<PlanIssue> issues,
		List<Action> actions, List<Indicator> indicators, List<Target> targets, List<Benchmark> benchmarks,
		List<Baseline> baselines, List<IndicatorValue> values, SortedMap<YearMonth, List<ActionUpdate>> updates,
		Map<String, String> checksums, List<Problem> warnings) {

	/**
	 * An indicator's target for a financial year ("2017/18"), or null when none is set.
	 */
	public Target target(String indicatorId, String year) {
		return this.targets.stream()
			.filter((t) -> t.indicatorId().equals(indicatorId) && t.year().equals(year))
			.findFirst()
			.orElse(null);
	}

	/** One digest of every input file's checksum: it changes when any input does. */
	public String inputsDigest() {
		StringBuilder all = new StringBuilder();
		new TreeMap<>(this.checksums).forEach((file, sha) -> all.append(file).append(' ').append(sha).append('\n'));
		return Checksums.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The latest period with an update return or indicator values, or null when there is
	 * none.
	 */
	public YearMonth latestPeriod() {
		YearMonth latest = this.updates.isEmpty() ? null : this.updates.lastKey();
		for (IndicatorValue value : this.values) {
			if (latest == null || value.period().isAfter(latest)) {
				latest = value.period();
			}
		}
		return latest;
	}

}
