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
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;
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
import org.boardpack.rating.Rag;
import org.boardpack.rating.RagCounts;
import org.boardpack.rating.Trend;

/**
 * Computes the roll-up of a programme for a period from its stored data: every action rated, priorities and
 * the programme rolled up and compared with the previous period, every indicator rated. Pure: the same data
 * always gives the same roll-up.
 */
public final class RollupBuilder {

	private final ProgrammeInput data;

	private final ProgrammeSettings settings;

	private final ActionRating actionRating;

	private final GroupRating groupRating;

	private final Map<String, NavigableMap<YearMonth, ActionUpdate>> updatesByAction = new HashMap<>();

	public RollupBuilder(ProgrammeInput data) {
		this.data = data;
		this.settings = data.settings();
		this.actionRating = new ActionRating(this.settings.ratings());
		this.groupRating = new GroupRating(this.settings.ratings());
		data.updates()
			.values()
			.forEach((updates) -> updates.forEach((u) -> this.updatesByAction
				.computeIfAbsent(u.actionId(), (id) -> new TreeMap<>())
				.put(u.period(), u)));
	}

	public Rollup build(YearMonth period) {
		// Without last month's returns there is nothing to compare with, only a plan nobody reported on.
		YearMonth previous = period.minusMonths(1);
		boolean hasPrevious = this.data.updates().containsKey(previous);
		Map<String, ActionAssessment> now = assessAll(period);
		Map<String, ActionAssessment> before = hasPrevious ? assessAll(previous) : Map.of();
		Map<String, List<Action>> byPriority = this.data.actions().stream()
			.collect(Collectors.groupingBy(Action::priorityId));
		List<PriorityRollup> priorities = new ArrayList<>();
		for (Priority priority : this.data.priorities()) {
			List<Action> actions = byPriority.getOrDefault(priority.id(), List.of());
			GroupAssessment group = group(actions, now);
			GroupAssessment was = hasPrevious ? group(actions, before) : null;
			Trend trend = GroupRating.travel(group, was);
			priorities.add(new PriorityRollup(priority.id(), priority.title(), priority.lead(),
					this.settings.leadTitle(priority.lead()), priority.summary(), group.counts(), group.updatesMissing(),
					group.conflicts(), group.percentComplete(), group.percentOnTrack(), group.rating().rag(),
					group.rating().reason(), trend.direction(), trend.reason(),
					actions.stream().map((a) -> action(a, now.get(a.id()), before.get(a.id()), period)).toList()));
		}
		List<IndicatorRollup> indicators = new IndicatorRollups(this.data).build(period);
		return new Rollup(programme(period, now, hasPrevious ? before : null, indicators), priorities, indicators);
	}

	private ProgrammeRollup programme(YearMonth period, Map<String, ActionAssessment> now,
			Map<String, ActionAssessment> before, List<IndicatorRollup> indicators) {
		GroupAssessment group = group(this.data.actions(), now);
		Trend trend = GroupRating.travel(group, (before != null) ? group(this.data.actions(), before) : null);
		ProgrammeSettings s = this.settings;
		return new ProgrammeRollup(s.id(), s.title(), s.authority(), s.board(), period.toString(),
				period.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + period.getYear(),
				period.atEndOfMonth(), s.start().toString(), s.end().toString(), s.dataLabel(), timeElapsed(period),
				this.data.actions().size(), group.counts(), group.updatesMissing(), group.conflicts(),
				group.percentComplete(), group.percentOnTrack(), group.rating().rag(), group.rating().reason(),
				trend.direction(), trend.reason(), RagCounts.of(indicators.stream().map(IndicatorRollup::rag).toList()),
				(before != null) ? totals(before, new IndicatorRollups(this.data).build(period.minusMonths(1))) : null);
	}

	private ProgrammeRollup.Totals totals(Map<String, ActionAssessment> assessments, List<IndicatorRollup> indicators) {
		GroupAssessment group = group(this.data.actions(), assessments);
		return new ProgrammeRollup.Totals(group.counts(), group.updatesMissing(), group.conflicts(),
				RagCounts.of(indicators.stream().map(IndicatorRollup::rag).toList()));
	}

	private double timeElapsed(YearMonth period) {
		LocalDate start = this.settings.start().atDay(1);
		long total = ChronoUnit.DAYS.between(start, this.settings.end().atEndOfMonth());
		long gone = ChronoUnit.DAYS.between(start, period.atEndOfMonth());
		double share = 100.0 * Math.max(0, Math.min(gone, total)) / Math.max(total, 1);
		return Math.round(share * 10) / 10.0;
	}

	private Map<String, ActionAssessment> assessAll(YearMonth period) {
		Map<String, ActionAssessment> assessments = new LinkedHashMap<>();
		for (Action action : this.data.actions()) {
			assessments.put(action.id(), this.actionRating.assess(action, latestUpdate(action, period), period));
		}
		return assessments;
	}

	private GroupAssessment group(List<Action> actions, Map<String, ActionAssessment> assessments) {
		return this.groupRating.assess(actions.stream().map((a) -> assessments.get(a.id())).toList());
	}

	/** The lead's latest return for an action at or before a period, or null when there is none. */
	private ActionUpdate latestUpdate(Action action, YearMonth period) {
		NavigableMap<YearMonth, ActionUpdate> updates = this.updatesByAction.get(action.id());
		Map.Entry<YearMonth, ActionUpdate> latest = (updates != null) ? updates.floorEntry(period) : null;
		return (latest != null) ? latest.getValue() : null;
	}

	private ActionRollup action(Action action, ActionAssessment now, ActionAssessment before, YearMonth period) {
		ActionUpdate latest = latestUpdate(action, period);
		return new ActionRollup(action.id(), action.priorityId(), action.issueId(), action.description(),
				action.lead(), this.settings.leadTitle(action.lead()), action.agencies(), action.timescale(),
				action.startDate(), action.dueDate(), (latest != null) ? latest.revisedDueDate() : null,
				latest != null && latest.rebaselined(), now.status().code(), now.percentComplete(), now.reported(),
				now.derived().rag(), now.derived().reason(), now.assessed().rag(), now.assessed().reason(),
				now.conflict(), now.updateMissing(), (now.lastUpdate() != null) ? now.lastUpdate().toString() : null,
				(latest != null) ? latest.commentary() : "", (latest != null) ? latest.updatedBy() : "",
				(latest != null) ? latest.updatedOn() : null, (before != null) ? before.assessed().rag() : null,
				daysOverdue(now, period), (before != null) ? before.effectiveDueDate() : null,
				dueDateRevisions(action, period), run(action, period, now, (a) -> a.assessed().rag() == Rag.RED),
				run(action, period, now, ActionAssessment::updateMissing));
	}

	private static int daysOverdue(ActionAssessment assessment, YearMonth period) {
		LocalDate due = assessment.effectiveDueDate();
		boolean open = assessment.status() != ActionStatus.COMPLETE && assessment.status() != ActionStatus.CANCELLED;
		LocalDate asAt = period.atEndOfMonth();
		return (open && due != null && due.isBefore(asAt)) ? (int) ChronoUnit.DAYS.between(due, asAt) : 0;
	}

	/** How many times the revised due date changed in the lead's returns up to a period. */
	private int dueDateRevisions(Action action, YearMonth period) {
		NavigableMap<YearMonth, ActionUpdate> updates = this.updatesByAction.get(action.id());
		if (updates == null) {
			return 0;
		}
		int revisions = 0;
		LocalDate due = action.dueDate();
		for (ActionUpdate update : updates.headMap(period, true).values()) {
			LocalDate revised = update.revisedDueDate();
			if (revised != null && !revised.equals(due)) {
				revisions++;
				due = revised;
			}
		}
		return revisions;
	}

	/** Consecutive periods, back from this one to the programme's start, in which a condition held. */
	private int run(Action action, YearMonth period, ActionAssessment now, Predicate<ActionAssessment> condition) {
		int run = 0;
		ActionAssessment assessment = now;
		for (YearMonth month = period; condition.test(assessment); assessment = this.actionRating.assess(action,
				latestUpdate(action, month), month)) {
			run++;
			month = month.minusMonths(1);
			if (month.isBefore(this.settings.start())) {
				break;
			}
		}
		return run;
	}

}
