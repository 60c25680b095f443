package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.boardpack.input.Counted;
import org.boardpack.indicator.Baseline;
import org.boardpack.indicator.Benchmark;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.IndicatorReader;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.indicator.Target;
import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Periods;
import org.boardpack.input.Problems;
import org.boardpack.input.Table;
import org.boardpack.input.TextFiles;
import org.boardpack.plan.Action;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.PlanIssue;
import org.boardpack.plan.PlanReader;
import org.boardpack.narrative.NarrativeReader;
import org.boardpack.plan.Priority;
import org.boardpack.templates.TemplateFolderCheck;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates a whole programme folder. Every problem in every file is collected
 * and reported together in one {@link InvalidInputException}; nothing is returned unless
 * the folder is clean.
 */
public final class ProgrammeReader {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** The settings as the store keeps them, to check they fit. */
	private static final JsonMapper SETTINGS_JSON = JsonMapper.builder().build();

	/**
	 * Above this many bytes of update returns, each month's returns are checked, then let
	 * go and read again when stored ({@link ReturnsFile}), so that memory stays bounded
	 * whatever the size of the plan.
	 */
	static final long LARGE_RETURNS = 32L * 1024 * 1024;

	private ProgrammeReader() {
	}

	public static ProgrammeInput read(Path folder) {
		return read(folder, LARGE_RETURNS);
	}

	/**
	 * As {@link #read(Path)}, with returns above {@code largeReturns} bytes in all read
	 * again when used.
	 */
	static ProgrammeInput read(Path folder, long largeReturns) {
		Problems problems = new Problems();
		if (!Files.isDirectory(folder)) {
			problems.file(folder.toString(), "is not a programme folder");
			problems.throwIfAny();
		}
		OutsideLinks.check(folder, problems);
		problems.throwIfAny(); // nothing outside the folder is read, so nothing of it
								// shows in a message
		ProgrammeFiles files = new ProgrammeFiles(folder, problems);
		ProgrammeSettings settings = settings(files, folder, problems);
		PlanReader plan = new PlanReader(problems);
		Table priorityTable = files.table("plan/priorities", PlanReader.PRIORITY_COLUMNS, true);
		List<Priority> priorities = rows(priorityTable, plan::priorities);
		Set<String> priorityIds = files.declaredIds("plan/priorities", priorityTable, "priority_id");
		Table issueTable = files.table("plan/issues", PlanReader.ISSUE_COLUMNS, false);
		List<PlanIssue> issues = rows(issueTable, (t) -> plan.issues(t, priorityIds));
		Map<String, PlanIssue> issuesById = issues.stream().collect(Collectors.toMap(PlanIssue::id, (i) -> i));
		Table actionTable = files.table("plan/actions", PlanReader.ACTION_COLUMNS, true);
		List<Action> actions = rows(actionTable, (t) -> plan.actions(t, priorityIds, issuesById,
				files.declaredIds("plan/issues", issueTable, "issue_id")));
		IndicatorReader reader = new IndicatorReader(problems);
		Table indicatorTable = files.table("indicators/indicators", IndicatorReader.INDICATOR_COLUMNS, false);
		List<Indicator> indicators = rows(indicatorTable, (t) -> reader.indicators(t, priorityIds));
		Set<String> indicatorIds = files.declaredIds("indicators/indicators", indicatorTable, "indicator_id");
		List<Target> targets = rows(files.table("indicators/targets", IndicatorReader.TARGET_COLUMNS, false),
				(t) -> reader.targets(t, indicatorIds));
		List<Benchmark> benchmarks = rows(
				files.table("indicators/benchmarks", IndicatorReader.BENCHMARK_COLUMNS, false),
				(t) -> reader.benchmarks(t, indicatorIds));
		List<Baseline> baselines = rows(files.table("indicators/baselines", IndicatorReader.BASELINE_COLUMNS, false),
				(t) -> reader.baselines(t, indicatorIds));
		List<IndicatorValue> values = rows(files.table("indicators/values", IndicatorReader.VALUE_COLUMNS, false),
				(t) -> reader.values(t, indicatorIds, (settings != null) ? settings.start() : null,
						(settings != null) ? settings.end() : null));
		Set<String> actionIds = files.declaredIds("plan/actions", actionTable, "action_id");
		if (actionTable != null && actionTable.rows().isEmpty()) {
			// Named once here, rather than as every action of every return being unknown.
			problems.file(actionTable.file(), "has a header but no actions; a plan needs at least one action");
			actionIds = null;
		}
		Map<String, String> actionLeads = actions.stream().collect(Collectors.toMap(Action::id, Action::lead));
		SortedMap<YearMonth, List<ActionUpdate>> updates = updates(folder, largeReturns, files, settings,
				new MonthReturns(folder, files, plan, actionIds, actionLeads, problems), problems);
		checkNarratives(files, settings, priorityIds, problems);
		TemplateFolderCheck.check(folder, problems);
		files.accountForTables("plan", List.of("plan/priorities", "plan/issues", "plan/actions"));
		files.accountForTables("indicators", List.of("indicators/indicators", "indicators/targets",
				"indicators/benchmarks", "indicators/baselines", "indicators/values"));
		if (Files.exists(folder.resolve("programme.xls"))) {
			problems.file("programme.xls", "is an Excel 97-2003 workbook, which boardpack does not read; save it as "
					+ "an Excel Workbook, programme.xlsx");
		}
		problems.throwIfAny();
		return new ProgrammeInput(settings, priorities, issues, actions, indicators, targets, benchmarks, baselines,
				values, Collections.unmodifiableSortedMap(updates), Map.copyOf(files.checksums()), problems.warnings());
	}

	/**
	 * Reads and checks a programme's {@code programme.yml} alone, for an output that
	 * needs the programme's settings, such as its exception rules, beside the roll-up.
	 */
	public static ProgrammeSettings readSettings(Path folder) {
		Problems problems = new Problems();
		ProgrammeSettings settings = settings(new ProgrammeFiles(folder, problems), folder, problems);
		problems.throwIfAny();
		return settings;
	}

	/**
	 * Each month's returns: its single file {@code updates/YYYY-MM.csv|.xlsx}, the files
	 * of its folder {@code updates/YYYY-MM/}, or both, merged.
	 */
	private static SortedMap<YearMonth, List<ActionUpdate>> updates(Path folder, long largeReturns,
			ProgrammeFiles files, ProgrammeSettings settings, MonthReturns returns, Problems problems) {
		SortedMap<YearMonth, List<Path>> months = new TreeMap<>();
		SortedMap<String, Path> paths = files.updateFiles();
		paths.forEach((name, path) -> {
			String file = "updates/" + name;
			YearMonth period = period(file, "YYYY-MM.csv or YYYY-MM.xlsx", settings, problems);
			if (period != null && months.containsKey(period)) {
				problems.file(file, "repeats the updates for %s given in another file; to give a month's returns "
						+ "in several files, put them all in the folder updates/%s/", period, period);
			}
			else if (period != null) {
				months.put(period, new ArrayList<>(List.of(path)));
			}
		});
		files.updateFolders().forEach((name, path) -> {
			if (Periods.parse(name) == null) {
				// A folder kept for the team's own use, such as old returns, is not an
				// input.
				problems.warn("updates/" + name, "is not read: here boardpack reads folders of returns named YYYY-MM");
				return;
			}
			YearMonth period = period("updates/" + name, "YYYY-MM", settings, problems);
			if (period != null) {
				List<Path> inFolder = List.copyOf(files.folderReturns(name).values());
				months.computeIfAbsent(period, (p) -> new ArrayList<>()).addAll(inFolder);
			}
		});
		boolean large = totalSize(paths.values()) > largeReturns;
		SortedMap<YearMonth, List<ActionUpdate>> updates = new TreeMap<>();
		months.forEach((period, sources) -> {
			List<ActionUpdate> rows = returns.read(period, sources);
			String label = (sources.size() == 1) ? folder.relativize(sources.get(0)).toString().replace('\\', '/')
					: "updates/" + period + "/";
			ReturnDates.check(label, period, rows, problems);
			updates.put(period,
					(large && sources.size() == 1) ? returns.later(period, sources.get(0), rows.size()) : rows);
		});
		return updates;
	}

	/**
	 * Every month's narrative is checked with the data, so a bad one stops the run before
	 * anything is written.
	 */
	private static void checkNarratives(ProgrammeFiles files, ProgrammeSettings settings, Set<String> priorityIds,
			Problems problems) {
		files.narrativeFiles().forEach((name, path) -> {
			String file = NarrativeReader.FOLDER + "/" + name;
			if (period(file, "YYYY-MM.md", settings, problems) != null && priorityIds != null) {
				try {
					NarrativeReader.parse(file, files.read(file), priorityIds, problems);
				}
				catch (IOException ex) {
					problems.file(file, "cannot be read: %s", ex.getMessage());
				}
			}
		});
	}

	/**
	 * The month a monthly file is named after, or null once the reason it can't be used
	 * is recorded.
	 */
	private static YearMonth period(String file, String naming, ProgrammeSettings settings, Problems problems) {
		String name = file.substring(file.lastIndexOf('/') + 1);
		YearMonth period = Periods.parse(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
		if (period == null) {
			problems.file(file, "is not named after a period; name it %s", naming);
			return null;
		}
		if (settings != null && !settings.covers(period)) {
			problems.file(file, "is for %s, outside the programme (%s to %s)", period, settings.start(),
					settings.end());
			return null;
		}
		return period;
	}

	private static long totalSize(Collection<Path> paths) {
		long total = 0;
		for (Path path : paths) {
			try {
				total += Files.size(path);
			}
			catch (IOException ex) {
				// reported when the file is read
			}
		}
		return total;
	}

	private static ProgrammeSettings settings(ProgrammeFiles files, Path folder, Problems problems) {
		String name = "programme.yml";
		String text;
		try {
			text = TextFiles.utf8(files.read(name), name, problems);
		}
		catch (IOException ex) {
			problems.file(name, "is missing or cannot be read; every programme folder needs one");
			return null;
		}
		if (text == null) {
			return null;
		}
		ProgrammeSettings settings = new SettingsReader(text, problems).read();
		if (settings == null) {
			return null;
		}
		List<String> missing = new ArrayList<>();
		if (settings.id() == null) {
			missing.add("id");
		}
		if (settings.title() == null) {
			missing.add("title");
		}
		if (settings.start() == null) {
			missing.add("start");
		}
		if (settings.end() == null) {
			missing.add("end");
		}
		if (!missing.isEmpty()) {
			problems.file(name, "lacks the %s %s", Counted.noun(missing.size(), "setting"), String.join(", ", missing));
			return null;
		}
		if (!ID.matcher(settings.id()).matches()) {
			problems.file(name, "id \"%s\" must be lower-case letters, digits and hyphens", settings.id());
		}
		if (!settings.id().equals(folder.toAbsolutePath().normalize().getFileName().toString())) {
			problems.file(name, "id \"%s\" differs from the folder name \"%s\"", settings.id(),
					folder.toAbsolutePath().normalize().getFileName());
		}
		if (settings.id().length() > StoreLimits.ID) {
			problems.file(name, "id is %,d characters long; at most %,d fit", settings.id().length(), StoreLimits.ID);
		}
		if (settings.title().length() > StoreLimits.TITLE) {
			problems.file(name, "title is %,d characters long; at most %,d fit", settings.title().length(),
					StoreLimits.TITLE);
		}
		int stored = SETTINGS_JSON.writeValueAsString(settings).length();
		if (stored > StoreLimits.SETTINGS) {
			problems.file(name, "holds %,d characters of settings once read; at most %,d fit", stored,
					StoreLimits.SETTINGS);
		}
		if (settings.start().isAfter(settings.end())) {
			problems.file(name, "start %s is after end %s", settings.start(), settings.end());
			return null;
		}
		return settings;
	}

	private static <T> List<T> rows(Table table, Function<Table, List<T>> reader) {
		return (table != null) ? reader.apply(table) : List.of();
	}

}
