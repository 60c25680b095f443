package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.TestFolders;
import org.boardpack.input.InvalidInputException;
import org.boardpack.plan.ActionUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A month's returns given as a folder of files, one per lead, merged at reading. */
class MonthReturnsTests {

	private static final YearMonth OCTOBER = YearMonth.of(2017, 10);

	private static final String HEADER = "action_id,status,percent_complete,rag,commentary,revised_due_date,"
			+ "rebaselined,updated_by,updated_on\n";

	@TempDir
	Path temp;

	@Test
	void returnsInAMonthsFolderAreMergedAndKeepWhoReturnedThem() throws IOException {
		// given
		Path folder = programmeWithoutOctober();
		write(folder, "updates/2017-10/cex.csv",
				HEADER + "1.1.5,in-progress,80,green,Nearly there,,,A Clerk,30/10/2017\n");
		write(folder, "updates/2017-10/dcs.csv", HEADER + "1.2.1,complete,100,blue,Done,,,B Officer,2017-10-31\n");

		// when
		List<ActionUpdate> october = ProgrammeReader.read(folder).updates().get(OCTOBER);

		// then
		assertThat(october)
			.extracting(ActionUpdate::actionId, ActionUpdate::percentComplete, ActionUpdate::returnFile,
					ActionUpdate::returnLead, ActionUpdate::updatedBy, ActionUpdate::updatedOn)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("1.1.5", 80, "updates/2017-10/cex.csv", "CEX", "A Clerk",
							LocalDate.of(2017, 10, 30)),
					org.assertj.core.groups.Tuple.tuple("1.2.1", 100, "updates/2017-10/dcs.csv", "DCS", "B Officer",
							LocalDate.of(2017, 10, 31)));
	}

	@Test
	void anActionReturnedTheSameWayTwiceIsTakenOnce() throws IOException {
		// given
		Path folder = programmeWithoutOctober();
		write(folder, "updates/2017-10/cex.csv", HEADER + "1.3.2,in-progress,50,amber,Joint,,,A Clerk,2017-10-30\n");
		write(folder, "updates/2017-10/dcs.csv", HEADER + "1.3.2,in-progress,50,amber,Joint,,,B Officer,2017-10-31\n");

		// when
		List<ActionUpdate> october = ProgrammeReader.read(folder).updates().get(OCTOBER);

		// then
		assertThat(october).singleElement()
			.satisfies((update) -> assertThat(update.returnFile()).isEqualTo("updates/2017-10/cex.csv"));
	}

	@Test
	void anActionReturnedDifferentlyInTwoFilesIsRefusedNamingBoth() throws IOException {
		// given
		Path folder = programmeWithoutOctober();
		write(folder, "updates/2017-10/cex.csv",
				HEADER + "1.1.5,in-progress,80,green,,,,,\n1.3.2,in-progress,50,amber,Joint,,,A Clerk,2017-10-30\n");
		write(folder, "updates/2017-10/dcs.csv", HEADER + "1.3.2,in-progress,60,amber,Joint,,,B Officer,2017-10-31\n");

		// when
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.read(folder));

		// then
		assertThat(ex.problems()).extracting(Object::toString)
			.containsExactly("updates/2017-10/dcs.csv:2: action 1.3.2 is returned differently in "
					+ "updates/2017-10/cex.csv row 3; give it in one return, or the same in both");
	}

	@Test
	void aMonthsSingleFileAndItsFolderAreReadTogether() throws IOException {
		// given
		Path folder = programmeWithoutOctober();
		write(folder, "updates/2017-10.csv", HEADER + "1.1.5,in-progress,80,green,,,,,\n");
		write(folder, "updates/2017-10/late.csv", HEADER + "1.2.1,complete,100,blue,Done,,,,\n");

		// when
		List<ActionUpdate> october = ProgrammeReader.read(folder).updates().get(OCTOBER);

		// then
		assertThat(october).extracting(ActionUpdate::returnFile)
			.containsExactly("updates/2017-10.csv", "updates/2017-10/late.csv");
	}

	@Test
	void aFolderNotNamedAfterAMonthIsWarnedOfAndNotRead() throws IOException {
		// given
		Path folder = programmeWithoutOctober();
		write(folder, "updates/archive/old.csv", HEADER + "1.1.5,finished,,,,,,,\n");

		// when
		ProgrammeInput input = ProgrammeReader.read(folder);

		// then
		assertThat(input.updates()).doesNotContainKey(OCTOBER);
		assertThat(input.warnings()).extracting(Object::toString)
			.contains("updates/archive: is not read: here boardpack reads folders of returns named YYYY-MM");
	}

	private Path programmeWithoutOctober() throws IOException {
		Path folder = TestFolders.copy(Path.of("jobs/bromley-csc-2016"), this.temp.resolve("bromley-csc-2016"));
		Files.delete(folder.resolve("updates/2017-10.csv"));
		return folder;
	}

	private static void write(Path folder, String name, String text) throws IOException {
		Files.createDirectories(folder.resolve(name).getParent());
		Files.writeString(folder.resolve(name), text);
	}

}
