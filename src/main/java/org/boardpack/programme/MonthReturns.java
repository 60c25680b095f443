package org.boardpack.programme;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boardpack.input.Problem;
import org.boardpack.input.Problems;
import org.boardpack.input.Table;
import org.boardpack.input.Text;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.PlanReader;

/**
 * Merges one month's returns, however many files they came in: the month's single file
 * and every file of its folder. An action returned twice the same way is taken once;
 * twice differently, it is refused naming both places, as only the leads can say which is
 * right.
 */
final class MonthReturns {

	private final Path folder;

	private final ProgrammeFiles files;

	private final PlanReader plan;

	private final Set<String> actionIds;

	private final Map<String, String> actionLeads;

	private final Problems problems;

	MonthReturns(Path folder, ProgrammeFiles files, PlanReader plan, Set<String> actionIds,
			Map<String, String> actionLeads, Problems problems) {
		this.folder = folder;
		this.files = files;
		this.plan = plan;
		this.actionIds = actionIds;
		this.actionLeads = actionLeads;
		this.problems = problems;
	}

	/** Where an action's return was read. */
	private record Place(ActionUpdate update, String file, int row) {
	}

	List<ActionUpdate> read(YearMonth period, List<Path> paths) {
		Map<String, Place> merged = new LinkedHashMap<>();
		for (Path path : paths) {
			Table table = this.files.updates(path, PlanReader.UPDATE_COLUMNS);
			if (table == null) {
				continue;
			}
			String file = this.folder.relativize(path).toString().replace('\\', '/');
			ReturnCover cover = this.files.returnCover(path);
			Map<String, Integer> rows = firstRows(table);
			for (ActionUpdate update : this.plan.updates(table, period, this.actionIds)) {
				ActionUpdate sourced = (cover != null)
						? update.returnedIn(file, cover.lead()).madeBy(cover.completedBy(), cover.completedOn())
						: update.returnedIn(file, this.actionLeads.getOrDefault(update.actionId(), ""));
				Place place = new Place(sourced, table.file(), rows.getOrDefault(update.actionId(), 0));
				Place first = merged.putIfAbsent(update.actionId(), place);
				if (first != null && !first.update().sameContent(sourced)) {
					this.problems
						.add(new Problem(place.file(), place.row(), null,
								Text.format(
										"action %s is returned differently in %s row %d; give it in one return, "
												+ "or the same in both",
										update.actionId(), first.file(), first.row())));
				}
			}
		}
		return new ArrayList<>(merged.values().stream().map(Place::update).toList());
	}

	/**
	 * A month's single return of a large programme, checked now and read again when used.
	 */
	ReturnsFile later(YearMonth period, Path file, int size) {
		return new ReturnsFile(this.folder, file, period, this.actionIds, this.actionLeads, size);
	}

	/**
	 * The row each action is first returned on, looked up once per file: searching the
	 * file for every action took time growing with the square of the actions.
	 */
	private static Map<String, Integer> firstRows(Table table) {
		Map<String, Integer> rows = new HashMap<>();
		for (Table.Row row : table.rows()) {
			rows.putIfAbsent(row.text("action_id"), row.number());
		}
		return rows;
	}

}
