package org.boardpack.programme;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.boardpack.input.Periods;
import org.boardpack.input.Problem;
import org.boardpack.input.Problems;
import org.boardpack.input.Table;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.PlanReader;

/**
 * Checks one update return against its programme's plan before it is filed, exactly as a
 * run would read it, without reading the rest of the programme's returns.
 */
public final class ReturnCheck {

	private ReturnCheck() {
	}

	/** What was checked: the period and how many actions the return brings. */
	public record Result(YearMonth period, int actions, List<Problem> problems) {
	}

	/**
	 * @param period the month of the return; null to take it from the workbook's cover,
	 * the file's folder or its name
	 * @return the result; its period is null when none could be found
	 */
	public static Result check(Path programme, Path file, YearMonth period) {
		Problems plan = new Problems();
		ProgrammeFiles planFiles = new ProgrammeFiles(programme, plan);
		Table actions = planFiles.table("plan/actions", PlanReader.ACTION_COLUMNS, true);
		Set<String> ids = planFiles.declaredIds("plan/actions", actions, "action_id");
		Map<String, String> leads = (actions == null) ? Map.of()
				: actions.rows()
					.stream()
					.filter((row) -> !row.text("action_id").isEmpty())
					.collect(Collectors.toMap((row) -> row.text("action_id"), (row) -> row.text("lead"), (a, b) -> a));
		plan.throwIfAny();
		Problems problems = new Problems();
		Path here = Path.of("").toAbsolutePath();
		ProgrammeFiles files = new ProgrammeFiles(here, problems);
		Path absolute = file.toAbsolutePath().normalize();
		files.updates(absolute, PlanReader.UPDATE_COLUMNS); // reads the cover first
		ReturnCover cover = files.returnCover(absolute);
		YearMonth month = (period != null) ? period : named(absolute, cover);
		if (month == null) {
			return new Result(null, 0, problems.all());
		}
		List<ActionUpdate> rows = new MonthReturns(here, new ProgrammeFiles(here, new Problems()),
				new PlanReader(problems), ids, leads, problems)
			.read(month, List.of(absolute));
		ReturnDates.check(here.relativize(absolute).toString(), month, rows, problems);
		return new Result(month, rows.size(), problems.all());
	}

	private static YearMonth named(Path file, ReturnCover cover) {
		if (cover != null && cover.period() != null) {
			return cover.period();
		}
		String name = file.getFileName().toString();
		YearMonth fromName = Periods.parse(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
		return (fromName != null) ? fromName
				: (file.getParent() != null) ? Periods.parse(file.getParent().getFileName().toString()) : null;
	}

}
