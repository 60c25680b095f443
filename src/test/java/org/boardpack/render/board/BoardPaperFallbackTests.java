package org.boardpack.render.board;

import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month without a narrative still gets a complete paper, never a blank heading: the
 * sections without text are listed as not applicable.
 */
class BoardPaperFallbackTests {

	@Test
	void withoutANarrativeThePaperUsesTheDefaultsAndListsTheEmptySectionsAsNotApplicable(@TempDir Path temp)
			throws Exception {
		// given the bundled programme with no narrative for the period
		Path copy = TestFolders.copy(Papers.BUNDLED, temp.resolve("bromley-csc-2016"));
		Files.delete(copy.resolve("narrative/2017-10.md"));
		// when
		BoardPaper paper = Papers.write(copy, Papers.rollup(copy, "2017-10"), temp);
		String html = Files.readString(temp.resolve("board-paper.html"));
		// then
		assertThat(paper.front()).extracting(BoardPaper.Entry::label)
			.containsExactly("Decision maker", "Title", "Contact officer", "E-mail", "Telephone", "Chief officer",
					"Classification", "Ward", "Position as at");
		assertThat(paper.notApplicable()).containsExactly("Reason for report", "Recommendations",
				"Impact on vulnerable adults and children", "Policy implications", "Financial implications",
				"Legal implications", "Personnel implications");
		assertThat(paper.title())
			.isEqualTo("Children's Service Improvement Action Plan: progress report for October 2017");
		assertThat(html).doesNotContain("Recommendations</h2>", "Reason for report</h2>", "implications</h2>",
				"Impact on vulnerable adults and children</h2>");
	}

}
