package org.boardpack.narrative;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.boardpack.input.InvalidInputException;
import org.boardpack.narrative.Narrative.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a month's narrative and saying what is wrong with bad ones. */
class NarrativeReaderTests {

	@TempDir
	Path programme;

	@Test
	void readsFrontMatterSectionsListsAndEmphasis() throws Exception {
		// given
		write("---\nreportNumber: CS1\nward: \"Borough-wide\"\n---\n## Recommendations\n\nThe Board is asked to:\n\n"
				+ "1. Note **this**.\n2. Agree\n   that.\n\n## Priority 2\n\n- one\n- *two*\n");
		// when
		Narrative narrative = NarrativeReader.read(this.programme, "2017-10", Set.of("1", "2"));
		// then
		assertThat(narrative.front()).containsEntry("reportNumber", "CS1").containsEntry("ward", "Borough-wide");
		var recommendations = narrative.section(Section.RECOMMENDATIONS);
		assertThat(recommendations).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.NUMBERED);
		assertThat(recommendations.get(1).plainText()).isEqualTo("Note this.\nAgree that.");
		assertThat(recommendations.get(1).items().get(0).get(1)).isEqualTo(new Block.Span("this", true, false));
		assertThat(narrative.priorities().get("2").get(0).items().get(1).get(0).emphasis()).isTrue();
	}

	@Test
	void reportsEveryProblemWithItsLine() throws Exception {
		// given
		write("---\nreportNumber: CS1\nmeeting: 2017-11-15\nmeetingDate: 15/11/2017\n---\nStray text\n"
				+ "## Recommendations\nok\n## Next steps\nx\n## Priority 99\ny\n## Recommendations\nz\n## NEXT STEPS\nw\n");
		// when / then
		assertThatThrownBy(() -> NarrativeReader.read(this.programme, "2017-10", Set.of("1")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("narrative/2017-10.md:3: unknown front matter key \"meeting\"")
			.hasMessageContaining("narrative/2017-10.md:4: meetingDate \"15/11/2017\" is not a date")
			.hasMessageContaining("narrative/2017-10.md:6: text before the first section")
			.hasMessageContaining("narrative/2017-10.md:11: \"Priority 99\": there is no priority 99 in the plan")
			.hasMessageContaining("narrative/2017-10.md:13: the section \"Recommendations\" is given twice")
			.hasMessageContaining(
					"narrative/2017-10.md:15: the section \"NEXT STEPS\" is given twice (first on line 9)")
			.hasMessageNotContaining("unknown section");
	}

	@Test
	void keepsTheWritersOwnSectionsInOrderWithTheirTablesSubHeadingsAndTheSectionsWithoutText() throws Exception {
		// given sections of the writer's own, one with a table and one with no text, and
		// impact panel entries
		write("---\ncontactEmail: clerk@example.org\ncostOfProposal: £141,000\nbackgroundDocuments: Plan; Report\n---\n"
				+ "## Risks\n\n- Delay.\n\n## Next steps\n\nThe dates:\n\n| Action | Due |\n|---|:---:|\n"
				+ "| 1.4.5 | Nov 2017 |\n| 6.5.4 |\n\n### Later\n\nAfter the table.\n\n## Personnel implications\n\n## Questions\n");
		// when
		Narrative narrative = NarrativeReader.read(this.programme, "2017-10", Set.of("1"));
		// then
		assertThat(narrative.front()).containsEntry("contactEmail", "clerk@example.org")
			.containsEntry("costOfProposal", "£141,000")
			.containsEntry("backgroundDocuments", "Plan; Report");
		assertThat(narrative.others()).extracting(Narrative.Other::heading)
			.containsExactly("Risks", "Next steps", "Questions");
		List<Block> steps = narrative.others().get(1).blocks();
		assertThat(steps).extracting(Block::kind)
			.containsExactly(Block.Kind.PARAGRAPH, Block.Kind.TABLE, Block.Kind.SUBHEADING, Block.Kind.PARAGRAPH);
		assertThat(steps.get(2).plainText()).isEqualTo("Later");
		assertThat(steps.get(1).rows()).containsExactly(List.of("Action", "Due"), List.of("1.4.5", "Nov 2017"),
				List.of("6.5.4", ""));
		assertThat(narrative.others().get(2).blocks()).isEmpty();
		assertThat(narrative.sections()).containsEntry(Section.PERSONNEL, List.of());
	}

	private void write(String text) throws Exception {
		Files.createDirectories(this.programme.resolve("narrative"));
		Files.writeString(this.programme.resolve("narrative/2017-10.md"), text, StandardCharsets.UTF_8);
	}

}
