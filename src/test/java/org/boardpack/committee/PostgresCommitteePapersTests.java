package org.boardpack.committee;

import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.TestFolders;
import org.boardpack.TestPostgres;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.junit.jupiter.api.Test;
import org.boardpack.RequiresPostgres;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report numbers on a real PostgreSQL server, the production store. Runs where
 * {@code BOARDPACK_TEST_POSTGRES_URL} names a database, as CI does.
 */
@SpringBootTest
@ExtendWith(RequiresPostgres.class)
class PostgresCommitteePapersTests {

	@TempDir
	static Path output;

	@Autowired
	private CommitteePapers papers;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
		registry.add("boardpack.output-dir", () -> output.toString());
	}

	@Test
	void aMeetingKeepsItsNumberAndTheNextMeetingTakesTheNextOnPostgres() throws Exception {
		// given a programme of its own, so numbers left by earlier runs on the same
		// database do not count
		String id = "committee-pg";
		Path folder = TestFolders.copy(CommitteeTestSupport.BUNDLED, output.resolve("programmes").resolve(id));
		Path yml = folder.resolve("programme.yml");
		Files.writeString(yml,
				Files.readString(yml)
					.replace("id: bromley-csc-2016", "id: " + id)
					.replace("\ncommittees:\n", "\noutputs: rollup\ncommittees:\n")
					.replace("outputs: [board-paper, exception-report]", "outputs: board-paper.pdf"));
		this.jdbc.update("delete from committee_report where programme_id = ?", id);

		// when
		CommitteePapers.Written august = write(folder, "2017-08-09");
		CommitteePapers.Written september = write(folder, "2017-09-13");
		CommitteePapers.Written augustAgain = write(folder, "2017-08-09");

		// then
		assertThat(august.reportNumber()).isEqualTo("CSIB-2017-01");
		assertThat(september.reportNumber()).isEqualTo("CSIB-2017-02");
		assertThat(augustAgain.reportNumber()).isEqualTo("CSIB-2017-01");
		assertThat(augustAgain.newNumber()).isFalse();
		assertThat(this.jdbc.queryForList(
				"select period from committee_report where programme_id = ? " + "order by meeting_date", String.class,
				id))
			.containsExactly("2017-07", "2017-08");
	}

	private CommitteePapers.Written write(Path folder, String meeting) throws Exception {
		ProgrammeInput input = ProgrammeReader.read(folder);
		CommitteeMeeting chosen = CommitteeMeeting.of(input, "governance-board", meeting);
		return this.papers.write(folder, input, chosen, CommitteeNarrative.read(folder, input, chosen));
	}

}
