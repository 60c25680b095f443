package org.boardpack.committee;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Which meetings a committee paper can be made for, and which month each reports. */
class CommitteeMeetingTests {

	private static ProgrammeInput bundled;

	@BeforeAll
	static void read() {
		bundled = ProgrammeReader.read(Path.of("jobs/bromley-csc-2016"));
	}

	@Test
	void aMeetingReportsTheLatestMonthClosedBeforeIt() {
		// when
		CommitteeMeeting september = CommitteeMeeting.of(bundled, "care-services-pds", "2017-09-12");
		CommitteeMeeting monthly = CommitteeMeeting.of(bundled, "governance-board", "2016-10-12");

		// then
		assertThat(september.period()).isEqualTo(YearMonth.of(2017, 8));
		assertThat(september.date()).isEqualTo(LocalDate.of(2017, 9, 12));
		assertThat(monthly.period()).isEqualTo(YearMonth.of(2016, 9));
	}

	@Test
	void aMeetingAfterTheProgrammeEndsReportsItsLastMonth() {
		// when
		CommitteeMeeting meeting = CommitteeMeeting.of(bundled, "care-services-pds", "2017-11-21");

		// then
		assertThat(meeting.period()).isEqualTo(bundled.settings().end());
	}

	@Test
	void aDateThatIsNotTheCommitteesMeetingIsRefusedNamingTheNextMeetings() {
		assertThatExceptionOfType(CommitteeMeeting.RefusedException.class)
			.isThrownBy(() -> CommitteeMeeting.of(bundled, "care-services-pds", "2017-02-01"))
			.withMessage("2017-02-01 is not a meeting of the Care Services Policy Development and Scrutiny Committee "
					+ "(care-services-pds), which meets on the dates listed; the next meetings are 2017-03-21, "
					+ "2017-06-27, 2017-09-12");
		assertThatExceptionOfType(CommitteeMeeting.RefusedException.class)
			.isThrownBy(() -> CommitteeMeeting.of(bundled, "governance-board", "2017-09-12"))
			.withMessageContaining("which meets on the second Wednesday of each month; the next meetings are "
					+ "2017-09-13, 2017-10-11, 2017-11-08");
	}

	@Test
	void aMeetingBeforeAnyMonthHasClosedWithDataIsRefusedNamingTheFirstItCanReportTo() {
		assertThatExceptionOfType(CommitteeMeeting.RefusedException.class)
			.isThrownBy(() -> CommitteeMeeting.of(bundled, "governance-board", "2016-09-14"))
			.withMessage("the meeting on 2016-09-14 comes before any month of the programme has closed with returns "
					+ "or figures to report; the first is 2016-09, so the first meeting it can report to is "
					+ "2016-10-12");
	}

	@Test
	void anUnknownCommitteeOrAMeetingThatIsNotADateIsRefusedPlainly() {
		assertThatExceptionOfType(CommitteeMeeting.RefusedException.class)
			.isThrownBy(() -> CommitteeMeeting.of(bundled, "cabinet", "2017-09-12"))
			.withMessage("there is no committee \"cabinet\"; the committees are: governance-board, care-services-pds");
		assertThatExceptionOfType(CommitteeMeeting.RefusedException.class)
			.isThrownBy(() -> CommitteeMeeting.of(bundled, "care-services-pds", "12/09/2017"))
			.withMessage("--meeting \"12/09/2017\" is not a date; write it as YYYY-MM-DD");
	}

}
