package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.boardpack.indicator.Baseline;
import org.boardpack.indicator.Benchmark;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.IndicatorReader;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.indicator.Target;
import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Periods;
import org.boardpack.input.Problem;
import org.boardpack.input.Problems;
import org.boardpack.input.Table;
import org.boardpack.plan.Action;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.PlanIssue;
import org.boardpack.plan.PlanReader;
import org.boardpack.plan.Priority;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates a whole programme folder. Every problem in every file is collected and reported
 * together in one {@link InvalidInputException}; nothing is returned unless the folder is clean.
 */
public final class ProgrammeReader {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ProgrammeReader() {
	}

	public static ProgrammeInput read(Path folder) {
		Problems problems = new Problems();
		if (!Files.isDirectory(folder)) {
			problems.file(folder.toString(), "is not a programme folder");
			problems.throwIfAny();
		}
		ProgrammeFiles files = new ProgrammeFiles(folder, problems);
		ProgrammeSettings settings = settings(files, folder, problems);
		PlanReader plan = new PlanReader(problems);
		List<Priority> priorities = rows(files.table("plan/priorities", PlanReader.PRIORITY_COLUMNS, true),
				plan::priorities);
		Set<String> priorityIds = ids(priorities, Priority::id);
		List<PlanIssue> issues = rows(files.table("plan/issues", PlanReader.ISSUE_COLUMNS, false),
				(t) -> plan.issues(t, priorityIds));
		Map<String, PlanIssue> issuesById = issues.stream().collect(Collectors.toMap(PlanIssue::id, (i) -> i));
		List<Action> actions = rows(files.table("plan/actions", PlanReader.ACTION_COLUMNS, true),
				(t) -> plan.actions(t, priorityIds, issuesById));
		IndicatorReader reader = new IndicatorReader(problems);
		List<Indicator> indicators = rows(
				files.table("indicators/indicators", IndicatorReader.INDICATOR_COLUMNS, false),
				(t) -> reader.indicators(t, priorityIds));
		Set<String> indicatorIds = ids(indicators, Indicator::id);
		List<Target> targets = rows(files.table("indicators/targets", IndicatorReader.TARGET_COLUMNS, false),
				(t) -> reader.targets(t, indicatorIds));
		List<Benchmark> benchmarks = rows(
				files.table("indicators/benchmarks", IndicatorReader.BENCHMARK_COLUMNS, false),
				(t) -> reader.benchmarks(t, indicatorIds));
		List<Baseline> baselines = rows(files.table("indicators/baselines", IndicatorReader.BASELINE_COLUMNS, false),
				(t) -> reader.baselines(t, indicatorIds));
		List<IndicatorValue> values = (settings == null) ? List.of()
				: rows(files.table("indicators/values", IndicatorReader.VALUE_COLUMNS, false),
						(t) -> reader.values(t, indicatorIds, settings.start(), settings.end()));
		SortedMap<YearMonth, List<ActionUpdate>> updates = updates(files, settings, plan, ids(actions, Action::id),
				problems);
		problems.throwIfAny();
		return new ProgrammeInput(settings, priorities, issues, actions, indicators, targets, benchmarks, baselines,
				values, Collections.unmodifiableSortedMap(updates), Map.copyOf(files.checksums()));
	}

	private static SortedMap<YearMonth, List<ActionUpdate>> updates(ProgrammeFiles files, ProgrammeSettings settings,
			PlanReader plan, Set<String> actionIds, Problems problems) {
		SortedMap<YearMonth, List<ActionUpdate>> updates = new TreeMap<>();
		files.updateFiles().forEach((name, path) -> {
			String file = "updates/" + name;
			YearMonth period = Periods.parse(name.substring(0, name.lastIndexOf('.')));
			if (period == null) {
				problems.file(file, "is not named after a period; name it YYYY-MM.csv");
			}
			else if (settings != null && !settings.covers(period)) {
				problems.file(file, "is for %s, outside the programme (%s to %s)", period, settings.start(),
						settings.end());
			}
			else if (updates.containsKey(period)) {
				problems.file(file, "repeats the updates for %s given in another file", period);
			}
			else {
				Table table = files.updates(path, PlanReader.UPDATE_COLUMNS);
				updates.put(period, (table != null) ? plan.updates(table, period, actionIds) : List.of());
			}
		});
		return updates;
	}

	private static ProgrammeSettings settings(ProgrammeFiles files, Path folder, Problems problems) {
		String name = "programme.yml";
		ProgrammeSettings settings;
		try {
			settings = YAML.readValue(files.read(name), ProgrammeSettings.class);
		}
		catch (IOException ex) {
			problems.file(name, "is missing or cannot be read (%s)", ex.getMessage());
			return null;
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			problems.add(new Problem(name, Math.max(line, 0), null, ex.getOriginalMessage()));
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
			problems.file(name, "lacks the setting%s %s", (missing.size() == 1) ? "" : "s", String.join(", ", missing));
			return null;
		}
		if (!ID.matcher(settings.id()).matches()) {
			problems.file(name, "id \"%s\" must be lower-case letters, digits and hyphens", settings.id());
		}
		if (!settings.id().equals(folder.toAbsolutePath().normalize().getFileName().toString())) {
			problems.file(name, "id \"%s\" differs from the folder name \"%s\"", settings.id(), folder.getFileName());
		}
		if (settings.start().isAfter(settings.end())) {
			problems.file(name, "start %s is after end %s", settings.start(), settings.end());
			return null;
		}
		return settings;
	}

	/** Settings from programme.yml text that was validated when it was ingested. */
	public static ProgrammeSettings settings(String yaml) {
		return YAML.readValue(yaml, ProgrammeSettings.class);
	}

	private static <T> List<T> rows(Table table, Function<Table, List<T>> reader) {
		return (table != null) ? reader.apply(table) : List.of();
	}

	private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
		return items.stream().map(id).collect(Collectors.toSet());
	}

}
