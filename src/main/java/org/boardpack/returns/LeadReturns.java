package org.boardpack.returns;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.schedule.Schedule;

/**
 * Who owes a return for a month: each lead with their open actions (an action with joint
 * leads, "DCS/HOS QI", is on each list), the date returns are due, and which actions have
 * come back.
 */
public final class LeadReturns {

	private LeadReturns() {
	}

	/** One lead's part of the month. */
	public record Lead(String lead, String title, List<ActionRollup> actions, Set<String> returned) {

		public List<ActionRollup> missing() {
			return this.actions.stream().filter((a) -> !this.returned.contains(a.id())).toList();
		}

		/** Returned when every one of the lead's open actions has a return. */
		public boolean hasReturned() {
			return missing().isEmpty();
		}

	}

	/** The lead abbreviations of an action's lead column: "DCS/HOS QI" is two leads. */
	public static List<String> split(String lead) {
		List<String> leads = new ArrayList<>();
		for (String part : (lead == null) ? new String[0] : lead.split("/")) {
			if (!part.isBlank()) {
				leads.add(part.strip());
			}
		}
		return leads;
	}

	/**
	 * The date the month's returns are due: the programme's {@code returns.dueWorkingDay}
	 * of the month after, counted by its schedule's holidays.
	 */
	public static LocalDate due(YearMonth period, ProgrammeSettings settings) {
		return Schedule.workingDay(settings.schedule(), period.plusMonths(1), settings.returns().dueWorkingDay());
	}

	/**
	 * Every lead with open actions as at the rollup's period, in alphabetical order, and
	 * which of them have a return in that period.
	 */
	public static List<Lead> of(Rollup rollup, ProgrammeInput input) {
		return of(rollup, input.settings()::leadTitle);
	}

	/** As {@link #of(Rollup, ProgrammeInput)}, with leads' titles from {@code titles}. */
	public static List<Lead> of(Rollup rollup, Function<String, String> titles) {
		String period = rollup.programme().period();
		Map<String, List<ActionRollup>> byLead = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (PriorityRollup priority : rollup.priorities()) {
			for (ActionRollup action : priority.actions()) {
				if (open(action, period)) {
					split(action.lead())
						.forEach((lead) -> byLead.computeIfAbsent(lead, (l) -> new ArrayList<>()).add(action));
				}
			}
		}
		List<Lead> leads = new ArrayList<>();
		byLead.forEach((lead,
				actions) -> leads.add(new Lead(lead, titles.apply(lead), List.copyOf(actions),
						actions.stream()
							.filter((a) -> period.equals(a.lastUpdate()))
							.map(ActionRollup::id)
							.collect(Collectors.toSet()))));
		return leads;
	}

	/**
	 * Open: a return is expected for it this month, as the roll-up counts missing updates
	 * (not complete or cancelled as last returned), or one has come.
	 */
	private static boolean open(ActionRollup action, String period) {
		return action.updateMissing() || period.equals(action.lastUpdate());
	}

}
