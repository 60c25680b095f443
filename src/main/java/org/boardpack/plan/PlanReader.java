package org.boardpack.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boardpack.input.Fields;
import org.boardpack.input.Problems;
import org.boardpack.input.Table;
import org.boardpack.input.UniqueIds;

/**
 * Reads the plan tables (priorities, issues, actions) and update returns into records,
 * recording every problem found instead of stopping at the first.
 */
public final class PlanReader {

	public static final List<String> PRIORITY_COLUMNS = List.of("priority_id", "title", "lead", "summary");

	public static final List<String> ISSUE_COLUMNS = List.of("issue_id", "priority_id", "description", "reference");

	public static final List<String> ACTION_COLUMNS = List.of("action_id", "priority_id", "issue_id", "description",
			"lead", "agencies", "timescale", "start_date", "due_date");

	public static final List<String> UPDATE_COLUMNS = List.of("action_id", "status", "percent_complete", "rag",
			"commentary", "revised_due_date", "rebaselined", "updated_by", "updated_on");

	private static final String STATUSES = "not-started, in-progress, complete, on-hold, cancelled";

	private final Problems problems;

	private final Fields fields;

	public PlanReader(Problems problems) {
		this.problems = problems;
		this.fields = new Fields(problems);
	}

	public List<Priority> priorities(Table table) {
		UniqueIds ids = new UniqueIds(this.problems);
		List<Priority> priorities = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			String id = this.fields.required(row, "priority_id");
			String title = this.fields.required(row, "title");
			if (id != null && title != null && ids.add(row, "priority_id", id)) {
				priorities.add(new Priority(id, title, row.text("lead"), row.text("summary")));
			}
		}
		return priorities;
	}

	public List<PlanIssue> issues(Table table, Set<String> priorityIds) {
		UniqueIds ids = new UniqueIds(this.problems);
		List<PlanIssue> issues = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			String id = this.fields.required(row, "issue_id");
			String priorityId = known(row, "priority_id", priorityIds, "priority");
			if (id != null && priorityId != null && ids.add(row, "issue_id", id)) {
				issues.add(new PlanIssue(id, priorityId, row.text("description"), row.text("reference")));
			}
		}
		return issues;
	}

	/**
	 * @param issueIds every issue id declared, valid or not; null when the issues could
	 * not be read at all
	 */
	public List<Action> actions(Table table, Set<String> priorityIds, Map<String, PlanIssue> issues,
			Set<String> issueIds) {
		UniqueIds ids = new UniqueIds(this.problems);
		List<Action> actions = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			String id = this.fields.required(row, "action_id");
			String priorityId = known(row, "priority_id", priorityIds, "priority");
			String issueId = this.fields.optional(row, "issue_id");
			String description = this.fields.required(row, "description");
			LocalDate start = this.fields.date(row, "start_date");
			LocalDate due = this.fields.date(row, "due_date");
			boolean valid = id != null && priorityId != null && description != null;
			if (issueId != null && issueIds != null && !issueIds.contains(issueId)) {
				this.problems.add(row.problem("issue_id", "unknown issue \"%s\"", issueId));
				valid = false;
			}
			else if (issueId != null && priorityId != null && issues.containsKey(issueId)
					&& !issues.get(issueId).priorityId().equals(priorityId)) {
				this.problems.add(row.problem("issue_id", "issue \"%s\" belongs to priority \"%s\", not \"%s\"",
						issueId, issues.get(issueId).priorityId(), priorityId));
				valid = false;
			}
			if (start != null && due != null && start.isAfter(due)) {
				this.problems.add(row.problem("start_date", "start date %s is after the due date %s", start, due));
				valid = false;
			}
			if (start == null && due == null && row.text("start_date").isEmpty() && row.text("due_date").isEmpty()) {
				Timescale.Dates read = Timescale.read(row.text("timescale"));
				start = read.start();
				due = read.due();
			}
			if (valid && ids.add(row, "action_id", id)) {
				actions.add(new Action(id, priorityId, issueId, description, row.text("lead"), row.text("agencies"),
						row.text("timescale"), start, due));
			}
		}
		return actions;
	}

	public List<ActionUpdate> updates(Table table, YearMonth period, Set<String> actionIds) {
		UniqueIds ids = new UniqueIds(this.problems);
		List<ActionUpdate> updates = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			String actionId = known(row, "action_id", actionIds, "action");
			ActionStatus status = this.fields.word(row, "status", ActionStatus::parse, STATUSES);
			if (status == null && row.text("status").isEmpty()) {
				this.problems.add(row.problem("status", "is empty; one of %s is required", STATUSES));
			}
			Integer percent = this.fields.integer(row, "percent_complete", 0, 100);
			Rag rag = this.fields.word(row, "rag", Rag::parse, "blue, green, amber, red, grey or empty");
			LocalDate revised = this.fields.date(row, "revised_due_date");
			boolean rebaselined = this.fields.flag(row, "rebaselined");
			LocalDate updatedOn = this.fields.date(row, "updated_on");
			int complete = (percent != null) ? percent : (status == ActionStatus.COMPLETE) ? 100 : 0;
			if (status == ActionStatus.COMPLETE && percent != null && percent != 100) {
				this.problems.add(row.problem("percent_complete", "the status is complete but %d%% is given", percent));
				continue;
			}
			if (actionId != null && status != null && (percent != null || row.text("percent_complete").isEmpty())
					&& ids.add(row, "action_id", actionId)) {
				ActionUpdate update = new ActionUpdate(period, actionId, status, complete, rag, row.text("commentary"),
						revised, rebaselined, row.text("updated_by"), updatedOn);
				if (!untouched(row, update)) {
					updates.add(update);
				}
			}
		}
		return updates;
	}

	/**
	 * A tracker row left as the tracker wrote it: last period's values, not a fresh
	 * return, so the action counts as having no update this period rather than as
	 * restated.
	 */
	private static boolean untouched(Table.Row row, ActionUpdate update) {
		String check = row.text(TrackerReturn.CHECK);
		return !check.isEmpty() && check.equals(TrackerReturn.check(update));
	}

	/**
	 * The id, after checking it refers to one of {@code ids}; null {@code ids} means they
	 * could not be read.
	 */
	private String known(Table.Row row, String column, Set<String> ids, String what) {
		String id = this.fields.required(row, column);
		if (id != null && ids != null && !ids.contains(id)) {
			this.problems.add(row.problem(column, "unknown %s \"%s\"", what, id));
			return null;
		}
		return id;
	}

}
