package org.boardpack.programme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.boardpack.TestFolders;
import org.boardpack.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code committees:} block of programme.yml: its meetings, its report numbers and
 * its problems.
 */
class CommitteeSettingsTests {

	private static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	@Test
	void theBundledProgrammeHasTheGovernanceBoardMonthlyAndTheScrutinyCommitteeOnItsDates() {
		// when
		ProgrammeSettings settings = ProgrammeReader.readSettings(BUNDLED);

		// then
		CommitteeSettings board = settings.committee("governance-board");
		assertThat(board.meetings(settings.start(), settings.end())).hasSize(18)
			.startsWith(LocalDate.of(2016, 6, 8), LocalDate.of(2016, 7, 13))
			.endsWith(LocalDate.of(2017, 10, 11), LocalDate.of(2017, 11, 8))
			.allSatisfy((d) -> assertThat(d.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.WEDNESDAY));
		CommitteeSettings pds = settings.committee("care-services-pds");
		assertThat(pds.meetings(settings.start(), settings.end())).contains(LocalDate.of(2017, 1, 10));
		assertThat(pds.decisionMaker()).isEqualTo("Executive");
		assertThat(pds.outputs()).containsExactly("board-paper.html", "board-paper.pdf", "board-paper.docx");
		assertThat(pds.isPublic()).isTrue();
		assertThat(pds.classification()).isEqualTo("Part One \u2013 Public");
	}

	@Test
	void everyProblemInTheBlockIsReportedOnItsOwnLineAtOnce(@TempDir Path temp) throws Exception {
		// given
		Path folder = TestFolders.copy(BUNDLED, temp.resolve("bromley-csc-2016"));
		Path yml = folder.resolve("programme.yml");
		String text = Files.readString(yml);
		text = text.substring(0, text.indexOf("committees:")) + """
				committees:
				  scrutiny:
				    name: Scrutiny Committee
				    reportNumber: "SC{yy}{num}"
				    meetings:
				      - 2017-01-10
				      - 2017-13-01
				    outputs: [board-paper, tracker, rollup]
				    public: yes please
				    chair: Cllr Smith
				  Board:
				    reportNumber: "B{seq}"
				    meetings: fortnightly on Fridays
				""";
		Files.writeString(yml, text);
		int scrutiny = lineOf(text, "  scrutiny:");

		// when / then
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> ProgrammeReader.read(folder))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("11 problems")
				.contains("programme.yml:" + (scrutiny + 2) + ": committees.scrutiny.reportNumber \"SC{yy}{num}\": "
						+ "{num} is not a placeholder")
				.contains("programme.yml:" + (scrutiny + 2) + ": committees.scrutiny.reportNumber \"SC{yy}{num}\": "
						+ "has no {seq}")
				.contains("programme.yml:" + (scrutiny + 5) + ": committees.scrutiny.meetings: \"2017-13-01\" is not "
						+ "a date; write it as YYYY-MM-DD")
				.contains("programme.yml:" + (scrutiny + 6) + ": committees.scrutiny.outputs: \"tracker\" is not an "
						+ "output of a committee paper")
				.contains("programme.yml:" + (scrutiny + 6) + ": committees.scrutiny.outputs: \"rollup\" is not an "
						+ "output of a committee paper")
				.contains("programme.yml:" + (scrutiny + 7) + ": committees.scrutiny.public: \"yes please\" is not "
						+ "true or false")
				.contains("programme.yml:" + (scrutiny + 8) + ": unknown setting \"committees.scrutiny.chair\"")
				.contains("programme.yml:" + (scrutiny + 9) + ": \"Board\" is not a committee id")
				.contains("programme.yml:" + (scrutiny + 9) + ": committees.Board has no name")
				.contains("programme.yml:" + (scrutiny + 9) + ": committees.Board does not say whether its papers "
						+ "are public")
				.contains("programme.yml:" + (scrutiny + 11) + ": committees.Board.meetings: \"fortnightly on "
						+ "Fridays\" is not a rule the meetings follow"));
	}

	@Test
	void reportNumbersFollowTheCalendarOrFinancialYearOfTheMeeting() {
		// given
		ReportNumberPattern financial = new ReportNumberPattern("CS{fy}{seq:3}");
		ReportNumberPattern calendar = new ReportNumberPattern("CSIB-{yyyy}-{seq:2}");
		LocalDate january = LocalDate.of(2017, 1, 10);
		LocalDate april = LocalDate.of(2017, 4, 11);

		// then
		assertThat(financial.format(january, 89)).isEqualTo("CS17089");
		assertThat(financial.format(april, 1)).isEqualTo("CS18001");
		assertThat(financial.sequenceYear(january)).isNotEqualTo(financial.sequenceYear(april));
		assertThat(calendar.format(january, 3)).isEqualTo("CSIB-2017-03");
		assertThat(calendar.sequenceYear(january)).isEqualTo(calendar.sequenceYear(april));
		assertThat(new ReportNumberPattern("GB/{seq}").sequenceYear(january)).isZero();
	}

	@Test
	void aRuleGivesOneMeetingAMonthUpToTheOneAfterTheProgrammeEnds() {
		// given
		CommitteeSettings committee = new CommitteeSettings("board", "Board", null, null, null, "B{seq}", 1, null,
				"last Friday of every month", null, true, CommitteeSettings.PUBLIC);

		// when
		var meetings = committee.meetings(YearMonth.of(2017, 1), YearMonth.of(2017, 3));

		// then
		assertThat(meetings).containsExactly(LocalDate.of(2017, 1, 27), LocalDate.of(2017, 2, 24),
				LocalDate.of(2017, 3, 31), LocalDate.of(2017, 4, 28));
	}

	private static int lineOf(String text, String line) {
		return text.lines().toList().indexOf(line) + 1;
	}

}
