package org.boardpack.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.boardpack.indicator.Baseline;
import org.boardpack.indicator.Benchmark;
import org.boardpack.indicator.Indicator;
import org.boardpack.indicator.IndicatorValue;
import org.boardpack.indicator.Target;
import org.boardpack.plan.Action;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.PlanIssue;
import org.boardpack.plan.Priority;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.rollup.UpdateHistory;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each programme's plan and indicator definitions as last ingested, and every
 * period's update returns and indicator values. Saving replaces the definitions and the
 * periods given, in one transaction.
 */
@Repository
public class ProgrammeStore {

	private static final int BATCH = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final StoreRows rows;

	ProgrammeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.rows = new StoreRows();
	}

	/**
	 * Stores a validated programme up to {@code upTo}: its settings and definitions are
	 * replaced, and so are the periods up to {@code upTo} that the input has returns or
	 * values for, and {@code upTo} itself always, so a return withdrawn since the last
	 * run is gone too. Other stored periods are kept.
	 */
	@Transactional
	public void save(ProgrammeInput input, YearMonth upTo) {
		String id = input.settings().id();
		String settings = JSON.writeValueAsString(input.settings());
		Map<String, String> before = checksums(id);
		Set<String> stored = new TreeSet<>(this.jdbc
			.queryForList("select distinct period from action_update where programme_id = ?", String.class, id));
		deleteDefinitions(id);
		int updated = this.jdbc.update("update programme set title = ?, settings_json = ? where programme_id = ?",
				input.settings().title(), settings, id);
		if (updated == 0) {
			this.jdbc.update("insert into programme (programme_id, title, settings_json) values (?, ?, ?)", id,
					input.settings().title(), settings);
		}
		insert("insert into input_file (programme_id, path, sha256) values (?, ?, ?)",
				List.copyOf(input.checksums().entrySet()), (ps, e) -> this.rows.set(ps, id, e.getKey(), e.getValue()));
		insertDefinitions(id, input);
		// A month's return already stored from the same file is kept: a monthly run
		// stores only what changed.
		SortedMap<YearMonth, List<ActionUpdate>> updates = new TreeMap<>(input.updates().headMap(upTo.plusMonths(1)));
		updates.keySet()
			.removeIf((period) -> period.isBefore(upTo) && stored.contains(period.toString())
					&& unchanged(period, before, input.checksums()));
		deletePeriods("action_update", id, upTo, updates.keySet());
		for (List<ActionUpdate> month : updates.values()) {
			insert("insert into action_update (programme_id, period, action_id, status, percent_complete, rag, "
					+ "commentary, revised_due_date, rebaselined, updated_by, updated_on, return_file, return_lead) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", month, (ps, u) -> this.rows.set(ps, id, u));
		}
		List<IndicatorValue> values = input.values().stream().filter((v) -> !v.period().isAfter(upTo)).toList();
		deletePeriods("indicator_value", id, upTo, values.stream().map(IndicatorValue::period).toList());
		insert("insert into indicator_value (programme_id, indicator_id, period, figure, numerator, denominator, note) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", values, (ps, v) -> this.rows.set(ps, id, v));
	}

	/**
	 * The input files a period's update returns were read from: its single file, the
	 * files of its folder, or both.
	 */
	private static Set<String> returnFiles(Map<String, String> checksums, YearMonth period) {
		return checksums.keySet()
			.stream()
			.filter((file) -> file.startsWith("updates/" + period + ".") || file.startsWith("updates/" + period + "/"))
			.collect(Collectors.toSet());
	}

	/** Unchanged when the same files were read before, with the same contents. */
	private static boolean unchanged(YearMonth period, Map<String, String> before, Map<String, String> now) {
		Set<String> files = returnFiles(now, period);
		return !files.isEmpty() && files.equals(returnFiles(before, period))
				&& files.stream().allMatch((file) -> before.get(file).equals(now.get(file)));
	}

	private void deletePeriods(String table, String id, YearMonth upTo, Collection<YearMonth> periods) {
		Set<YearMonth> all = new TreeSet<>(periods);
		all.add(upTo);
		// One statement for all the periods: indicator values are keyed by indicator
		// first, so each statement
		// scans all of the programme's values.
		List<Object> arguments = new ArrayList<>();
		arguments.add(id);
		all.forEach((period) -> arguments.add(period.toString()));
		this.jdbc.update("delete from " + table + " where programme_id = ? and period in ("
				+ String.join(", ", Collections.nCopies(all.size(), "?")) + ")", arguments.toArray());
	}

	private void deleteDefinitions(String id) {
		for (String table : List.of("input_file", "priority", "plan_issue", "plan_action", "indicator",
				"indicator_target", "indicator_benchmark", "indicator_baseline")) {
			this.jdbc.update("delete from " + table + " where programme_id = ?", id);
		}
	}

	private void insertDefinitions(String id, ProgrammeInput input) {
		insert("insert into priority (programme_id, priority_id, seq, title, lead, summary) values (?, ?, ?, ?, ?, ?)",
				numbered(input.priorities()), (ps, p) -> this.rows.set(ps, id, p.seq(), p.item()));
		insert("insert into plan_issue (programme_id, issue_id, seq, priority_id, description, reference) "
				+ "values (?, ?, ?, ?, ?, ?)", numbered(input.issues()),
				(ps, p) -> this.rows.set(ps, id, p.seq(), p.item()));
		insert("insert into plan_action (programme_id, action_id, seq, priority_id, issue_id, description, lead, "
				+ "agencies, timescale, start_date, due_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				numbered(input.actions()), (ps, p) -> this.rows.set(ps, id, p.seq(), p.item()));
		insert("insert into indicator (programme_id, indicator_id, seq, priority_id, title, unit, polarity, "
				+ "accumulation, source, is_key, tolerance, appendix_codes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				numbered(input.indicators()), (ps, p) -> this.rows.set(ps, id, p.seq(), p.item()));
		insert("insert into indicator_target (programme_id, indicator_id, fin_year, target_low, target_high) "
				+ "values (?, ?, ?, ?, ?)", input.targets(), (ps, t) -> this.rows.set(ps, id, t));
		insert("insert into indicator_benchmark (programme_id, indicator_id, seq, comparator, fin_year, bench_value) "
				+ "values (?, ?, ?, ?, ?, ?)", numbered(input.benchmarks()),
				(ps, p) -> this.rows.set(ps, id, p.seq(), p.item()));
		insert("insert into indicator_baseline (programme_id, indicator_id, seq, fin_year, base_value, note) "
				+ "values (?, ?, ?, ?, ?, ?)", numbered(input.baselines()),
				(ps, p) -> this.rows.set(ps, id, p.seq(), p.item()));
	}

	/**
	 * The programme as stored, with indicator values up to {@code upTo} but no update
	 * returns: a roll-up reads those from {@link #history}. Null when it was never
	 * stored.
	 */
	@Transactional(readOnly = true)
	public ProgrammeInput loadWithoutUpdates(String id, YearMonth upTo) {
		ProgrammeSettings settings = settings(id);
		if (settings == null) {
			return null;
		}
		String until = upTo.toString();
		List<Priority> priorities = this.jdbc.query("select * from priority where programme_id = ? order by seq",
				(rs, n) -> new Priority(rs.getString("priority_id"), rs.getString("title"), rs.getString("lead"),
						rs.getString("summary")),
				id);
		List<PlanIssue> issues = this.jdbc.query("select * from plan_issue where programme_id = ? order by seq",
				(rs, n) -> new PlanIssue(rs.getString("issue_id"), rs.getString("priority_id"),
						rs.getString("description"), rs.getString("reference")),
				id);
		List<Action> actions = this.jdbc.query("select * from plan_action where programme_id = ? order by seq",
				(rs, n) -> this.rows.action(rs), id);
		List<Indicator> indicators = this.jdbc.query("select * from indicator where programme_id = ? order by seq",
				(rs, n) -> this.rows.indicator(rs), id);
		List<Target> targets = this.jdbc.query(
				"select * from indicator_target where programme_id = ? order by indicator_id, fin_year",
				(rs, n) -> new Target(rs.getString("indicator_id"), rs.getString("fin_year").strip(),
						rs.getDouble("target_low"), rs.getDouble("target_high")),
				id);
		List<Benchmark> benchmarks = this.jdbc.query(
				"select * from indicator_benchmark where programme_id = ? order by indicator_id, seq",
				(rs, n) -> new Benchmark(rs.getString("indicator_id"), rs.getString("comparator"),
						rs.getString("fin_year").strip(), rs.getDouble("bench_value")),
				id);
		List<Baseline> baselines = this.jdbc.query(
				"select * from indicator_baseline where programme_id = ? order by indicator_id, seq",
				(rs, n) -> new Baseline(rs.getString("indicator_id"), rs.getString("fin_year").strip(),
						rs.getDouble("base_value"), rs.getString("note")),
				id);
		List<IndicatorValue> values = this.jdbc.query(
				"select * from indicator_value where programme_id = ? and period <= ? order by indicator_id, period",
				(rs, n) -> this.rows.value(rs), id, until);
		return new ProgrammeInput(settings, priorities, issues, actions, indicators, targets, benchmarks, baselines,
				values, new TreeMap<>(), checksums(id), List.of());
	}

	/**
	 * The stored returns up to {@code upTo}, read action by action as a roll-up asks for
	 * them, streamed from the database rather than held. Call within a transaction
	 * (PostgreSQL streams only there).
	 */
	public UpdateHistory history(String id, YearMonth upTo) {
		return new StoredHistory(this.jdbc, this.rows, id, upTo);
	}

	/** The settings the programme was last stored with; null when it was never stored. */
	public ProgrammeSettings settings(String id) {
		List<String> json = this.jdbc.queryForList("select settings_json from programme where programme_id = ?",
				String.class, id);
		return json.isEmpty() ? null : JSON.readValue(json.get(0), ProgrammeSettings.class);
	}

	/** SHA-256 of every input file the programme was last stored from, by path. */
	public Map<String, String> checksums(String id) {
		Map<String, String> checksums = new TreeMap<>();
		this.jdbc.query("select path, sha256 from input_file where programme_id = ?", (ResultSet rs) -> {
			checksums.put(rs.getString("path"), rs.getString("sha256"));
		}, id);
		return checksums;
	}

	/**
	 * Whether the store is the embedded H2 database, which one process at a time can
	 * open: a run recorded as still running there was cut short.
	 */
	public boolean isEmbedded() {
		String url = this.jdbc.execute((Connection c) -> c.getMetaData().getURL());
		return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:");
	}

	private <T> void insert(String sql, List<T> items, ParameterizedPreparedStatementSetter<T> setter) {
		if (!items.isEmpty()) {
			this.jdbc.batchUpdate(sql, items, BATCH, setter);
		}
	}

	private static <T> List<Numbered<T>> numbered(List<T> items) {
		List<Numbered<T>> numbered = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			numbered.add(new Numbered<>(i + 1, items.get(i)));
		}
		return numbered;
	}

	/**
	 * An item with its position in the input file, so that plan order survives the store.
	 */
	record Numbered<T>(int seq, T item) {
	}

	static Date sqlDate(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
