package org.boardpack.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a clerk sees when {@code ./boardpack committee} cannot make the paper asked for:
 * nothing is written.
 */
class CommitteeCommandTests {

	private static final String ID = "committee-cli";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final Cli cli = new Cli(new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8));

	@Test
	void anUnknownCommitteeIsAUsageErrorListingTheCommittees(@TempDir Path temp) throws Exception {
		// given
		Path programme = programme(temp, "");

		// when
		int status = this.cli.run("committee", programme.toString(), "--committee", "cabinet", "--meeting",
				"2017-09-12");

		// then
		assertThat(status).isEqualTo(2);
		assertThat(err()).contains(
				"there is no committee \"cabinet\"; the committees are: governance-board, " + "care-services-pds");
		assertThat(Path.of("output", ID)).doesNotExist();
	}

	@Test
	void aDateThatIsNotAMeetingOrComesBeforeAnyClosedMonthIsAUsageError(@TempDir Path temp) throws Exception {
		// given
		Path programme = programme(temp, "");

		// when
		int notAMeeting = this.cli.run("committee", programme.toString(), "--committee", "care-services-pds",
				"--meeting", "2017-09-13");
		int tooEarly = this.cli.run("committee", programme.toString(), "--committee", "governance-board", "--meeting",
				"2016-08-10");

		// then
		assertThat(notAMeeting).isEqualTo(2);
		assertThat(tooEarly).isEqualTo(2);
		assertThat(err())
			.contains("2017-09-13 is not a meeting of the Care Services Policy Development and Scrutiny "
					+ "Committee (care-services-pds), which meets on the dates listed; the next meeting is 2017-11-21")
			.contains("the meeting on 2016-08-10 comes before any month of the programme has closed with returns or "
					+ "figures to report; the first is 2016-09, so the first meeting it can report to is 2016-10-12");
		assertThat(Path.of("output", ID)).doesNotExist();
	}

	@Test
	void aBadCommitteesBlockIsInvalidInputWithItsLineAndNothingIsWritten(@TempDir Path temp) throws Exception {
		// given
		Path programme = programme(temp, """
				  finance:
				    name: Finance Committee
				    reportNumber: "FIN{seq}"
				    meetings: every now and then
				""");

		// when
		int status = this.cli.run("committee", programme.toString(), "--committee", "finance", "--meeting",
				"2017-09-12");

		// then
		assertThat(status).isEqualTo(3);
		int line = (int) Files.readString(programme.resolve("programme.yml")).lines().count();
		assertThat(err()).contains("2 problems in the input:")
			.contains("programme.yml:" + line + ": committees.finance.meetings: \"every now and then\" is not a rule "
					+ "the meetings follow")
			.contains("programme.yml:" + (line - 3) + ": committees.finance does not say whether its papers are public")
			.contains("Nothing was stored or written.");
		assertThat(Path.of("output", ID)).doesNotExist();
	}

	@Test
	void aBadCommitteeNarrativeIsInvalidInputWithItsLineAndNothingIsWritten(@TempDir Path temp) throws Exception {
		// given
		Path programme = programme(temp, "");
		Files.writeString(programme.resolve("narrative/committees/care-services-pds/2017-09-12.md"),
				"---\nchair: Cllr Smith\n---\n## Recommendations\nNote the report.\n");

		// when
		int status = this.cli.run("committee", programme.toString(), "--committee", "care-services-pds", "--meeting",
				"2017-09-12");

		// then
		assertThat(status).isEqualTo(3);
		assertThat(err())
			.contains("narrative/committees/care-services-pds/2017-09-12.md:2: unknown front matter " + "key \"chair\"")
			.contains("Nothing was stored or written.");
		assertThat(Path.of("output", ID)).doesNotExist();
	}

	@Test
	void helpDescribesTheCommandAndTheMainHelpListsIt() {
		assertThat(this.cli.run("committee", "--help")).isZero();
		assertThat(this.cli.run("--help")).isZero();
		assertThat(out()).contains("Usage: ./boardpack committee [PROGRAMME_DIR] --committee ID --meeting YYYY-MM-DD")
			.contains("output/<programme>/committees/<ID>/<YYYY-MM-DD>/")
			.contains("committee [PROGRAMME_DIR] --committee ID --meeting YYYY-MM-DD");
	}

	/**
	 * The bundled programme under an id of its own, with more committees added at the end
	 * of its block.
	 */
	private static Path programme(Path temp, String moreCommittees) throws Exception {
		Path folder = TestFolders.copy(Path.of(Cli.defaultProgramme()), temp.resolve(ID));
		Path yml = folder.resolve("programme.yml");
		Files.writeString(yml, Files.readString(yml).replace("id: bromley-csc-2016", "id: " + ID) + moreCommittees);
		return folder;
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
