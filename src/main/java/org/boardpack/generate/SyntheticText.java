package org.boardpack.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plan wording for synthetic programmes: descriptions of the length real plans use (one
 * to three sentences), made from a small vocabulary so that files of any size are cheap
 * to write.
 */
final class SyntheticText {

	static final List<String> LEADS = List.of("DCS", "HOS QI", "HOS S&CP", "HOS EH", "GM IRO", "GM CP Chairs", "DHR",
			"PM", "P&I Officer", "BSCB", "DPH", "Corp Comms", "HOS CIC", "GM LADO", "HOS Educ");

	private static final List<String> VERBS = List.of("Review", "Develop", "Implement", "Embed", "Audit", "Strengthen",
			"Agree", "Publish", "Recruit to", "Commission", "Evaluate", "Consolidate");

	private static final List<String> OBJECTS = List.of("the multi-agency safeguarding hub front door",
			"supervision arrangements for social workers", "the quality assurance framework",
			"case file audit practice", "the workforce development strategy", "the early help offer",
			"placement sufficiency for children looked after", "the care leavers' local offer",
			"management oversight of child protection plans", "the performance scorecard",
			"return home interviews for missing children", "the corporate parenting board's work programme");

	private static final List<String> PURPOSES = List.of("so that children get help at the right time",
			"so that thresholds are applied consistently across teams",
			"so that managers can see and act on drift and delay",
			"with partner agencies, including health, police and schools",
			"and report progress to the improvement board every quarter",
			"taking account of the findings of the most recent inspection",
			"so that practice is consistently good across the service");

	private static final List<String> TOPICS = List.of("Assessments", "Child protection visits", "Re-referrals",
			"Caseloads", "Placement stability", "Care leavers in education, employment or training", "Audits",
			"Initial health assessments", "Agency social workers", "Strategy discussions", "Return interviews",
			"Personal education plans");

	private static final List<String> MEASURES = List.of("completed within timescale", "per social worker",
			"rated good or outstanding", "within 12 months of the previous one", "seen alone",
			"with an up-to-date plan");

	private SyntheticText() {
	}

	static String action(SplittableRandom random) {
		StringBuilder text = new StringBuilder(pick(VERBS, random)).append(' ').append(pick(OBJECTS, random));
		text.append(' ').append(pick(PURPOSES, random)).append('.');
		if (random.nextDouble() < 0.5) {
			text.append(' ')
				.append(pick(VERBS, random))
				.append(' ')
				.append(pick(OBJECTS, random))
				.append(' ')
				.append(pick(PURPOSES, random))
				.append('.');
		}
		return text.toString();
	}

	static String issue(SplittableRandom random) {
		return "Inspection found that " + pick(OBJECTS, random) + " needs improvement, " + pick(PURPOSES, random) + ".";
	}

	static String indicator(SplittableRandom random, boolean percent) {
		return (percent ? "% of " : "Number of ") + pick(TOPICS, random).toLowerCase(java.util.Locale.ROOT) + " "
				+ pick(MEASURES, random);
	}

	static String priority(int number, SplittableRandom random) {
		return "Priority " + number + ": " + pick(OBJECTS, random);
	}

	static String pick(List<String> options, SplittableRandom random) {
		return options.get(random.nextInt(options.size()));
	}

}
