package org.boardpack.committee;

import java.util.LinkedHashMap;
import java.util.Map;

import org.boardpack.programme.CommitteeSettings;

/**
 * The front-block entries a committee's paper gives in place of the month's narrative:
 * its report number, decision maker, committee, meeting date, decision type and
 * classification, and for a paper that is not public a marking on every page.
 */
final class CommitteeFront {

	/**
	 * The key of the line every page of a paper that is not public carries; blank for a
	 * public paper.
	 */
	static final String MARKING = "marking";

	/**
	 * Blank: a value the month's narrative gives for the monthly paper is not the
	 * committee's.
	 */
	private static final String NONE = "";

	private CommitteeFront() {
	}

	/** The entries by the narrative's front-matter keys. */
	static Map<String, String> of(CommitteeMeeting meeting, String reportNumber) {
		CommitteeSettings committee = meeting.committee();
		Map<String, String> front = new LinkedHashMap<>();
		front.put("reportNumber", reportNumber);
		String decisionMaker = (committee.decisionMaker() != null) ? committee.decisionMaker() : committee.name();
		front.put("decisionMaker", decisionMaker);
		// The committee is named apart from the decision maker only when it is someone
		// else, as when a
		// scrutiny committee considers a paper before the Executive decides.
		boolean named = !decisionMaker.equals(committee.name()) || committee.purpose() != null;
		front.put("committee",
				named ? committee.name() + ((committee.purpose() != null) ? ", " + committee.purpose() : "") : NONE);
		front.put("meetingDate", meeting.date().toString());
		front.put("decisionType", (committee.decisionType() != null) ? committee.decisionType() : NONE);
		front.put("classification", committee.classification());
		front.put(MARKING, committee.isPublic() ? NONE : committee.classification() + ": not for publication");
		return front;
	}

}
