package org.boardpack.exceptions;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.boardpack.programme.ExceptionRules;
import org.boardpack.rating.Dates;
import org.boardpack.plan.Rag;
import org.boardpack.exceptions.ExceptionReport.ActionLine;
import org.boardpack.exceptions.ExceptionReport.IndicatorLine;
import org.boardpack.exceptions.ExceptionReport.LeadActions;
import org.boardpack.exceptions.ExceptionReport.PriorityActions;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;

/**
 * Finds the exceptions of one period in its roll-up, by a programme's rules. Pure: no
 * files, no store.
 */
public final class ExceptionFinder {

	private ExceptionFinder() {
	}

	public static ExceptionReport find(Rollup rollup, ExceptionRules rules) {
		YearMonth period = YearMonth.parse(rollup.programme().period());
		ActionLines actions = new ActionLines(rules, period);
		Map<String, PriorityRollup> priorities = rollup.priorities()
			.stream()
			.collect(Collectors.toMap(PriorityRollup::id, Function.identity()));
		IndicatorLines indicators = new IndicatorLines(rules, period, priorities);
		List<ActionRollup> all = rollup.priorities().stream().flatMap((p) -> p.actions().stream()).toList();
		Map<String, ActionLine> lines = new LinkedHashMap<>();
		all.stream().filter(actions::listed).forEach((a) -> lines.put(a.id(), actions.line(a)));

		List<PriorityActions> offTrack = new ArrayList<>();
		for (PriorityRollup priority : rollup.priorities()) {
			List<ActionLine> listed = priority.actions()
				.stream()
				.filter(actions::offTrack)
				.map((a) -> lines.get(a.id()))
				.toList();
			if (!listed.isEmpty()) {
				offTrack.add(new PriorityActions(priority.id(), priority.title(), priority.rag().code(), listed));
			}
		}
		List<ActionLine> slipped = select(all, ActionLines::slipped, lines);
		List<ActionLine> challenges = select(all, ActionLines::challenged, lines);
		List<ActionLine> missing = select(all, actions::missing, lines);
		List<IndicatorRollup> listedIndicators = rollup.indicators().stream().filter(indicators::listed).toList();
		List<IndicatorLine> indicatorLines = listedIndicators.stream().map(indicators::line).toList();

		CoverCounts counts = new CoverCounts(rollup.programme());
		offTrackRags(rules, offTrack).forEach((rag) -> counts.offTrack(rag,
				(int) offTrack.stream()
					.flatMap((p) -> p.actions().stream())
					.filter((a) -> rag.code().equals(a.assessedRag()))
					.count()));
		counts.slipped(slipped.size(), (rollup.programme().previous() != null)
				? (int) all.stream().filter(ExceptionFinder::slippedLastPeriod).count() : null);
		counts.challenges(challenges.size());
		counts.missing(missing.size(), rules.missedPeriods());
		rules.indicatorRags()
			.forEach((rag) -> counts.offTarget(rag,
					(int) listedIndicators.stream().filter((i) -> i.rag() == rag).count()));
		counts.worsening((int) listedIndicators.stream().filter(indicators::worsening).count(),
				rules.worseningPeriods());
		counts.missingValues((int) listedIndicators.stream().filter(IndicatorLines::missingValue).count(),
				(rollup.programme().previous() != null)
						? (int) rollup.indicators().stream().filter(indicators::wasMissingValue).count() : null);

		return new ExceptionReport(rollup.programme(), rules, counts.all(), offTrack, slipped, challenges,
				byLead(missing), indicatorLines, LeadSections.of(lines.values(), indicatorLines),
				(int) indicatorLines.stream().filter((i) -> i.lead().isEmpty()).count(), rollup.dataWarnings());
	}

	/**
	 * Whether an action is slipped as the report lists it: still open, with its due date
	 * in effect later than the plan's.
	 */
	public static boolean slipped(ActionRollup action) {
		return ActionLines.slipped(action);
	}

	/**
	 * The month of the return an action's commentary comes from, e.g. "Sep 2017", when
	 * that is not this period's; null when the commentary is this period's or there is
	 * none.
	 */
	public static String earlierMonth(ActionRollup action, YearMonth period) {
		if (action.commentary() == null || action.commentary().isBlank() || action.lastUpdate() == null) {
			return null;
		}
		YearMonth from = YearMonth.parse(action.lastUpdate());
		return from.equals(period) ? null : Dates.month(from);
	}

	/** The rules' RAGs, and any other RAG an overdue action carries, worst first. */
	private static List<Rag> offTrackRags(ExceptionRules rules, List<PriorityActions> offTrack) {
		return Stream.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE, Rag.GREY)
			.filter((rag) -> rules.actionRags().contains(rag) || offTrack.stream()
				.flatMap((p) -> p.actions().stream())
				.anyMatch((a) -> rag.code().equals(a.assessedRag())))
			.toList();
	}

	/**
	 * Whether an action was open last period with its due date then later than the
	 * plan's. Open is judged by last period's RAG, as the roll-up does not keep last
	 * period's status: blue is complete, grey cancelled.
	 */
	private static boolean slippedLastPeriod(ActionRollup a) {
		return a.previousRag() != null && a.previousRag() != Rag.BLUE && a.previousRag() != Rag.GREY
				&& a.dueDate() != null && a.previousDueDate() != null && a.previousDueDate().isAfter(a.dueDate());
	}

	private static List<ActionLine> select(List<ActionRollup> all, Predicate<ActionRollup> kind,
			Map<String, ActionLine> lines) {
		return all.stream().filter(kind).map((a) -> lines.get(a.id())).toList();
	}

	/**
	 * Actions grouped by their lead as the plan writes it, leads in order of their full
	 * titles.
	 */
	private static List<LeadActions> byLead(List<ActionLine> actions) {
		Map<String, List<ActionLine>> grouped = actions.stream()
			.collect(Collectors.groupingBy(ActionLine::lead, TreeMap::new, Collectors.toList()));
		return grouped.values()
			.stream()
			.map((list) -> new LeadActions(list.get(0).lead(), list.get(0).leadTitle(), list))
			.sorted(Comparator.comparing(LeadActions::leadTitle, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(LeadActions::lead))
			.toList();
	}

}
