package org.boardpack.input;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the row each id was first seen on, to report duplicates with both places. */
public final class UniqueIds {

	private final Map<String, Integer> firstRow = new LinkedHashMap<>();

	private final Problems problems;

	public UniqueIds(Problems problems) {
		this.problems = problems;
	}

	/** True when {@code id} is new; otherwise records a problem and returns false. */
	public boolean add(Table.Row row, String column, String id) {
		Integer first = this.firstRow.putIfAbsent(id, row.number());
		if (first != null) {
			this.problems.add(row.problem(column, "duplicate %s \"%s\" (first on row %d)", column, id, first));
			return false;
		}
		return true;
	}

}
