package org.boardpack.narrative;

import java.util.List;

/**
 * The impact panel of a committee report's front sheet: what the decision means for
 * policy, money, staff, the law, procurement, the public and ward councillors, each entry
 * written in the narrative's front matter or under {@code paper: impact:} in
 * {@code programme.yml}.
 */
public final class ImpactPanel {

	/** The panel's headings in the order a front sheet gives them, with their entries. */
	public static final List<Heading> HEADINGS = List.of(
			new Heading("Corporate policy",
					List.of(new Item("policyStatus", "Policy status"),
							new Item("corporatePriority", "Corporate priority"))),
			new Heading("Financial",
					List.of(new Item("costOfProposal", "Cost of proposal"), new Item("ongoingCosts", "Ongoing costs"),
							new Item("budgetHead", "Budget head or performance centre"),
							new Item("currentBudget", "Total current budget for this head"),
							new Item("sourceOfFunding", "Source of funding"))),
			new Heading("Staff",
					List.of(new Item("staffNumbers", "Number of staff (current and additional)"),
							new Item("staffHours", "Staff hours, if from existing staff"))),
			new Heading("Legal",
					List.of(new Item("legalRequirement", "Legal requirement"), new Item("callIn", "Call-in"))),
			new Heading("Procurement", List.of(new Item("procurement", "Procurement implications"))),
			new Heading("Customer impact",
					List.of(new Item("beneficiaries", "Estimated users or beneficiaries (current and projected)"))),
			new Heading("Ward councillor views",
					List.of(new Item("wardCouncillorsAsked", "Ward councillors asked for comments"),
							new Item("wardCouncillorComments", "Summary of ward councillors\u2019 comments"))));

	/** The key of every entry, in the panel's order. */
	public static final List<String> KEYS = HEADINGS.stream()
		.flatMap((h) -> h.items().stream())
		.map(Item::key)
		.toList();

	private ImpactPanel() {
	}

	/** A heading of the panel and its entries. */
	public record Heading(String title, List<Item> items) {
	}

	/** An entry: its key in the front matter and the label the paper prints. */
	public record Item(String key, String label) {
	}

}
