package org.boardpack.programme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A committee the programme reports to, under {@code committees:} in
 * {@code programme.yml}: its name and decision maker, how its report numbers are written,
 * when it meets, which outputs its papers include and whether they are public.
 *
 * @param id the name used on the command line and for the committee's output folder, e.g.
 * {@code care-services-pds}
 * @param decisionMaker who decides on the paper; the committee itself when not set
 * @param purpose why the paper goes to the committee, e.g. "for pre-decision scrutiny";
 * may be null
 * @param reportNumber the report number pattern, e.g. {@code CS{fy}{seq:3}} (see
 * {@link ReportNumberPattern})
 * @param firstNumber the first number of each year's sequence, as the department numbers
 * other reports too
 * @param meetingDates the meetings when given as a list of dates, in date order; empty
 * when a rule is given
 * @param meetingRule the meetings when given as a rule, e.g. "second Tuesday of each
 * month"; null for a list
 * @param outputs the file names the committee's papers include
 * @param isPublic true for a paper in part one (public), false for part two (exempt, not
 * for publication)
 * @param classification how the paper's classification is written
 */
public record CommitteeSettings(String id, String name, String decisionMaker, String decisionType, String purpose,
		String reportNumber, int firstNumber, List<LocalDate> meetingDates, String meetingRule, List<String> outputs,
		boolean isPublic, String classification) {

	/** The classification of a public paper unless the committee words it otherwise. */
	public static final String PUBLIC = "Part One \u2013 Public";

	/** The classification of an exempt paper unless the committee words it otherwise. */
	public static final String EXEMPT = "Part Two \u2013 Exempt";

	public CommitteeSettings {
		meetingDates = (meetingDates != null) ? List.copyOf(meetingDates) : List.of();
		outputs = (outputs != null) ? List.copyOf(outputs) : List.of();
	}

	/**
	 * Every meeting of the committee. A rule's meetings run from the programme's first
	 * month to the first meeting after its last month closes, the one that receives the
	 * programme's final position.
	 */
	public List<LocalDate> meetings(YearMonth start, YearMonth end) {
		if (this.meetingRule == null) {
			return this.meetingDates;
		}
		MeetingRule rule = MeetingRule.parse(this.meetingRule);
		List<LocalDate> meetings = new ArrayList<>();
		for (YearMonth month = start; meetings.isEmpty()
				|| !meetings.getLast().isAfter(end.atEndOfMonth()); month = month.plusMonths(1)) {
			meetings.add(rule.dateIn(month));
		}
		return meetings;
	}

	/**
	 * How the committee's meetings are given, for messages: the rule, or "listed in
	 * programme.yml".
	 */
	public String schedule() {
		return (this.meetingRule != null) ? "meets on the " + this.meetingRule : "meets on the dates listed";
	}

}
