package org.boardpack.returns;

import java.util.List;
import java.util.function.Function;

import org.boardpack.input.Text;
import org.boardpack.rollup.Rollup;

/**
 * What the board should know of the month's returns before trusting its colours: which
 * leads sent nothing, which sent part, and, loudest, a month when no lead returned at
 * all, whose pack would otherwise look complete.
 *
 * @param none true when returns were expected and not one came
 * @param warning the sentence saying so; empty when some came
 * @param notReturned each lead who sent nothing, as "DCS (Director of Children's
 * Services): 12 actions"
 * @param notReturnedLeads the same leads by abbreviation, as "DCS, HOS QI"
 * @param partlyReturned each lead who sent part, as "HOS QI: 3 of 8 actions"
 */
public record ReturnsNotice(boolean none, String warning, List<String> notReturned, String notReturnedLeads,
		List<String> partlyReturned) {

	public static ReturnsNotice of(Rollup rollup, Function<String, String> titles) {
		List<LeadReturns.Lead> leads = LeadReturns.of(rollup, titles);
		boolean none = !leads.isEmpty() && leads.stream().allMatch((lead) -> lead.returned().isEmpty());
		String warning = none ? Text.format(
				"No returns have come in from any lead for %s: every open action is "
						+ "counted as a missing update, and its rating rests on its dates and last return alone.",
				rollup.programme().periodName()) : "";
		List<LeadReturns.Lead> silent = leads.stream().filter((lead) -> lead.returned().isEmpty()).toList();
		List<String> partly = leads.stream()
			.filter((lead) -> !lead.returned().isEmpty() && !lead.hasReturned())
			.map((lead) -> Text.format("%s: %d of %s", named(lead), lead.returned().size(),
					actions(lead.actions().size())))
			.toList();
		return new ReturnsNotice(none, warning,
				silent.stream().map((lead) -> named(lead) + ": " + actions(lead.actions().size())).toList(),
				String.join(", ", silent.stream().map(LeadReturns.Lead::lead).toList()), partly);
	}

	private static String named(LeadReturns.Lead lead) {
		return (lead.title().isEmpty() || lead.title().equals(lead.lead())) ? lead.lead()
				: lead.lead() + " (" + lead.title() + ")";
	}

	private static String actions(int count) {
		return count + ((count == 1) ? " action" : " actions");
	}

}
