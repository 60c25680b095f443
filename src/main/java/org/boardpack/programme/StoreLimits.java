package org.boardpack.programme;

import java.util.Map;

import org.boardpack.input.Problems;
import org.boardpack.input.Table;

/**
 * The longest text each column of each table may hold: the widths of the store's columns.
 * Checked when a table is read, so that an over-long cell is named where it is rather
 * than failing the store's insert after the run has begun. Widths count characters; they
 * are those of {@code db/migration} and must change with it.
 */
final class StoreLimits {

	private static final Map<String, Map<String, Integer>> WIDTHS = Map.of("plan/priorities",
			Map.of("priority_id", 50, "title", 1000, "lead", 200, "summary", 4000), "plan/issues",
			Map.of("issue_id", 50, "priority_id", 50, "description", 10000, "reference", 1000), "plan/actions",
			Map.of("action_id", 50, "priority_id", 50, "issue_id", 50, "description", 20000, "lead", 200, "agencies",
					2000, "timescale", 200),
			"updates", Map.of("action_id", 50, "commentary", 20000, "updated_by", 200), "indicators/indicators",
			Map.of("indicator_id", 50, "priority_id", 500, "appendix_code", 500, "title", 2000, "source", 500),
			"indicators/targets", Map.of("indicator_id", 50), "indicators/benchmarks",
			Map.of("indicator_id", 50, "comparator", 100), "indicators/baselines",
			Map.of("indicator_id", 50, "note", 1000), "indicators/values", Map.of("indicator_id", 50, "note", 2000));

	/** The programme's id and title, and its settings as stored (JSON). */
	static final int ID = 100;

	static final int TITLE = 1000;

	static final int SETTINGS = 100_000;

	private StoreLimits() {
	}

	/** Records a problem for every cell of {@code table} longer than its column holds. */
	static void check(String name, Table table, Problems problems) {
		Map<String, Integer> widths = WIDTHS.getOrDefault(name, Map.of());
		for (Table.Row row : table.rows()) {
			for (String column : table.header().names()) {
				Integer width = widths.get(column);
				int length = row.text(column).length();
				if (width != null && length > width) {
					problems.add(row.problem(column, "is %,d characters long; at most %,d fit", length, width));
				}
			}
		}
	}

}
