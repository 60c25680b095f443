package org.boardpack.programme;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;

import org.boardpack.input.Problems;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.PlanReader;

/**
 * One month's update return of a large programme, already checked, read again from its
 * file when it is used and let go when memory is short. A plan of tens of thousands of
 * actions has millions of returns over its life; holding them all at once would need
 * gigabytes.
 */
final class ReturnsFile extends AbstractList<ActionUpdate> {

	private final Path folder;

	private final Path file;

	private final YearMonth period;

	private final Set<String> actionIds;

	private final Map<String, String> actionLeads;

	private final int size;

	private SoftReference<List<ActionUpdate>> rows = new SoftReference<>(null);

	ReturnsFile(Path folder, Path file, YearMonth period, Set<String> actionIds, Map<String, String> actionLeads,
			int size) {
		this.actionLeads = actionLeads;
		this.folder = folder;
		this.file = file;
		this.period = period;
		this.actionIds = actionIds;
		this.size = size;
	}

	@Override
	public ActionUpdate get(int index) {
		return rows().get(index);
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public Iterator<ActionUpdate> iterator() {
		return rows().iterator();
	}

	@Override
	public Spliterator<ActionUpdate> spliterator() {
		return rows().spliterator();
	}

	private synchronized List<ActionUpdate> rows() {
		List<ActionUpdate> rows = this.rows.get();
		if (rows == null) {
			Problems problems = new Problems();
			rows = new MonthReturns(this.folder, new ProgrammeFiles(this.folder, problems), new PlanReader(problems),
					this.actionIds, this.actionLeads, problems)
				.read(this.period, List.of(this.file));
			if (!problems.isEmpty() || rows.size() != this.size) {
				throw new IllegalStateException(this.file + " changed while the run was reading it; run again");
			}
			this.rows = new SoftReference<>(rows);
		}
		return rows;
	}

}
