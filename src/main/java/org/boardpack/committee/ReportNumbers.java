package org.boardpack.committee;

import java.sql.Date;
import java.util.List;

import org.boardpack.programme.ReportNumberPattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report numbers of committee papers, kept in the store: a meeting keeps the number
 * it was first given, and a new meeting takes the next number of its committee's sequence
 * for the pattern's year.
 */
@Repository
class ReportNumbers {

	private final JdbcTemplate jdbc;

	ReportNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A meeting's report number, and whether it was given now. */
	record Given(String number, boolean isNew) {
	}

	/**
	 * The meeting's number: the one it has, or the next of its sequence, recorded now.
	 */
	@Transactional
	Given numberFor(String programme, CommitteeMeeting meeting) {
		String committee = meeting.committee().id();
		List<String> known = this.jdbc.queryForList(
				"select report_number from committee_report "
						+ "where programme_id = ? and committee_id = ? and meeting_date = ?",
				String.class, programme, committee, Date.valueOf(meeting.date()));
		if (!known.isEmpty()) {
			return new Given(known.get(0), false);
		}
		ReportNumberPattern pattern = new ReportNumberPattern(meeting.committee().reportNumber());
		int year = pattern.sequenceYear(meeting.date());
		Integer last = this.jdbc.queryForObject(
				"select max(sequence_number) from committee_report "
						+ "where programme_id = ? and committee_id = ? and sequence_year = ?",
				Integer.class, programme, committee, year);
		int next = Math.max((last != null) ? last + 1 : 1, meeting.committee().firstNumber());
		String number = pattern.format(meeting.date(), next);
		this.jdbc.update(
				"insert into committee_report (programme_id, committee_id, meeting_date, sequence_year, "
						+ "sequence_number, report_number, period) values (?, ?, ?, ?, ?, ?, ?)",
				programme, committee, Date.valueOf(meeting.date()), year, next, number, meeting.period().toString());
		return new Given(number, true);
	}

}
