package org.boardpack.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.boardpack.plan.Action;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.ActionUpdate;
import org.boardpack.plan.Priority;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.rating.ActionAssessment;
import org.boardpack.rating.ActionRating;
import org.boardpack.rating.GroupAssessment;
import org.boardpack.rating.GroupRating;
import org.boardpack.rating.RagCounts;
import org.boardpack.rating.Trend;

/**
 * Computes the roll-up of a programme for a period from its stored data: every action
 * rated, priorities and the programme rolled up and compared with the previous period,
 * every indicator rated. Pure: the same data always gives the same roll-up.
 */
public final class RollupBuilder {

	private final ProgrammeInput data;

	private final ProgrammeSettings settings;

	private final ActionRating actionRating;

	private final GroupRating groupRating;

	private final UpdateHistory history;

	private Map<String, ActionHistory> histories = Map.of();

	/** A roll-up of a programme with its returns in {@code data}. */
	public RollupBuilder(ProgrammeInput data) {
		this(data, inMemory(data));
	}

	/**
	 * A roll-up of a programme whose returns are read from {@code history}; those in
	 * {@code data} are not used.
	 */
	public RollupBuilder(ProgrammeInput data, UpdateHistory history) {
		this.data = data;
		this.settings = data.settings();
		this.actionRating = new ActionRating(this.settings.ratings());
		this.groupRating = new GroupRating(this.settings.ratings());
		this.history = history;
	}

	private static UpdateHistory inMemory(ProgrammeInput data) {
		Map<String, List<ActionUpdate>> byAction = new LinkedHashMap<>();
		data.updates()
			.values()
			.forEach((updates) -> updates
				.forEach((u) -> byAction.computeIfAbsent(u.actionId(), (id) -> new ArrayList<>()).add(u)));
		return new UpdateHistory() {

			@Override
			public void forEachAction(Consumer<List<ActionUpdate>> action) {
				byAction.values().forEach(action);
			}

			@Override
			public boolean hasReturns(YearMonth period) {
				return data.updates().containsKey(period);
			}

		};
	}

	public Rollup build(YearMonth period) {
		this.histories = histories(period);
		// Without last month's returns there is nothing to compare with, only a plan
		// nobody reported on.
		YearMonth previous = period.minusMonths(1);
		boolean hasPrevious = this.history.hasReturns(previous);
		Map<String, ActionAssessment> now = assessAll(period, ActionHistory::latest);
		Map<String, ActionAssessment> before = hasPrevious ? assessAll(previous, ActionHistory::latestBefore)
				: Map.of();
		Map<String, List<Action>> byPriority = this.data.actions()
			.stream()
			.collect(Collectors.groupingBy(Action::priorityId));
		List<PriorityRollup> priorities = new ArrayList<>();
		for (Priority priority : this.data.priorities()) {
			List<Action> actions = byPriority.getOrDefault(priority.id(), List.of());
			GroupAssessment group = group(actions, now);
			GroupAssessment was = hasPrevious ? group(actions, before) : null;
			Trend trend = GroupRating.travel(group, was);
			priorities.add(new PriorityRollup(priority.id(), priority.title(), priority.lead(),
					this.settings.leadTitle(priority.lead()), priority.summary(), group.counts(),
					group.updatesMissing(), group.conflicts(), group.percentComplete(), group.percentOnTrack(),
					group.rating().rag(), group.rating().reason(), trend.direction(), trend.reason(),
					actions.stream().map((a) -> action(a, now.get(a.id()), before.get(a.id()), period)).toList()));
		}
		List<IndicatorRollup> indicators = new IndicatorRollups(this.data).build(period);
		return new Rollup(programme(period, now, hasPrevious ? before : null, indicators), priorities, indicators,
				DataWarnings.find(indicators, priorities));
	}

	private ProgrammeRollup programme(YearMonth period, Map<String, ActionAssessment> now,
			Map<String, ActionAssessment> before, List<IndicatorRollup> indicators) {
		GroupAssessment group = group(this.data.actions(), now);
		GroupAssessment was = (before != null) ? group(this.data.actions(), before) : null;
		Trend trend = GroupRating.travel(group, was);
		ProgrammeSettings s = this.settings;
		return new ProgrammeRollup(s.id(), s.title(), s.authority(), s.board(), period.toString(),
				period.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + period.getYear(),
				period.atEndOfMonth(), s.start().toString(), s.end().toString(), s.dataLabel(), timeElapsed(period),
				this.data.actions().size(), group.counts(), group.updatesMissing(), group.conflicts(),
				group.percentComplete(), group.percentOnTrack(), group.rating().rag(), group.rating().reason(),
				trend.direction(), trend.reason(), RagCounts.of(indicators.stream().map(IndicatorRollup::rag).toList()),
				(was != null) ? totals(was, indicators) : null);
	}

	/** Last period's totals; each indicator already carries its RAG of last period. */
	private static ProgrammeRollup.Totals totals(GroupAssessment was, List<IndicatorRollup> indicators) {
		return new ProgrammeRollup.Totals(was.counts(), was.updatesMissing(), was.conflicts(),
				RagCounts.of(indicators.stream().map(IndicatorRollup::previousRag).toList()));
	}

	private double timeElapsed(YearMonth period) {
		LocalDate start = this.settings.start().atDay(1);
		long total = ChronoUnit.DAYS.between(start, this.settings.end().atEndOfMonth());
		long gone = ChronoUnit.DAYS.between(start, period.atEndOfMonth());
		double share = 100.0 * Math.max(0, Math.min(gone, total)) / Math.max(total, 1);
		return Math.round(share * 10) / 10.0;
	}

	/** Each planned action's history up to the period, read one action at a time. */
	private Map<String, ActionHistory> histories(YearMonth period) {
		Map<String, Action> planned = new HashMap<>();
		this.data.actions().forEach((a) -> planned.put(a.id(), a));
		Map<String, ActionHistory> histories = new HashMap<>();
		this.history.forEachAction((updates) -> {
			List<ActionUpdate> upTo = updates.stream().filter((u) -> !u.period().isAfter(period)).toList();
			Action action = updates.isEmpty() ? null : planned.get(updates.get(0).actionId());
			if (action != null) {
				histories.put(action.id(),
						ActionHistory.of(action, upTo, period, this.settings.start(), this.actionRating));
			}
		});
		for (Action action : this.data.actions()) {
			histories.computeIfAbsent(action.id(),
					(id) -> ActionHistory.of(action, List.of(), period, this.settings.start(), this.actionRating));
		}
		return histories;
	}

	private Map<String, ActionAssessment> assessAll(YearMonth period, Function<ActionHistory, ActionUpdate> latest) {
		Map<String, ActionAssessment> assessments = new LinkedHashMap<>();
		for (Action action : this.data.actions()) {
			assessments.put(action.id(),
					this.actionRating.assess(action, latest.apply(this.histories.get(action.id())), period));
		}
		return assessments;
	}

	private GroupAssessment group(List<Action> actions, Map<String, ActionAssessment> assessments) {
		return this.groupRating.assess(actions.stream().map((a) -> assessments.get(a.id())).toList());
	}

	private ActionRollup action(Action action, ActionAssessment now, ActionAssessment before, YearMonth period) {
		ActionHistory history = this.histories.get(action.id());
		ActionUpdate latest = history.latest();
		return new ActionRollup(action.id(), action.priorityId(), action.issueId(), action.description(), action.lead(),
				this.settings.leadTitle(action.lead()), action.agencies(), action.timescale(), action.startDate(),
				action.dueDate(), (latest != null) ? latest.revisedDueDate() : null,
				latest != null && latest.rebaselined(), now.status().code(), now.percentComplete(), now.reported(),
				now.derived().rag(), now.derived().reason(), now.assessed().rag(), now.assessed().reason(),
				now.conflict(), now.updateMissing(), (now.lastUpdate() != null) ? now.lastUpdate().toString() : null,
				(latest != null) ? latest.commentary() : "", (latest != null) ? latest.updatedBy() : "",
				(latest != null) ? latest.updatedOn() : null, (before != null) ? before.assessed().rag() : null,
				daysOverdue(now, period), (before != null) ? before.effectiveDueDate() : null,
				history.dueDateRevisions(), history.periodsRed(), history.periodsMissing(),
				(latest != null) ? latest.returnFile() : "", (latest != null) ? latest.returnLead() : "",
				completedThisPeriod(now, history.latestBefore()));
	}

	/**
	 * Compared with the latest return before this period rather than with last period's
	 * rating, so an action completed in a programme's first month, which has no last
	 * period, is still counted.
	 */
	private static boolean completedThisPeriod(ActionAssessment now, ActionUpdate before) {
		return now.status() == ActionStatus.COMPLETE && (before == null || before.status() != ActionStatus.COMPLETE);
	}

	private static int daysOverdue(ActionAssessment assessment, YearMonth period) {
		LocalDate due = assessment.effectiveDueDate();
		boolean open = assessment.status() != ActionStatus.COMPLETE && assessment.status() != ActionStatus.CANCELLED;
		LocalDate asAt = period.atEndOfMonth();
		return (open && due != null && due.isBefore(asAt)) ? (int) ChronoUnit.DAYS.between(due, asAt) : 0;
	}

}
