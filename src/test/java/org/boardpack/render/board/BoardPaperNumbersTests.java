package org.boardpack.render.board;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.plan.Rag;
import org.boardpack.render.board.BoardPaper.ActionLine;
import org.boardpack.render.board.BoardPaper.Entry;
import org.boardpack.render.board.BoardPaper.PrioritySection;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The figures and sentences of a purpose-built programme's paper in its first month, as a
 * reader finds them in the HTML: one and many said as a person says them, cancelled
 * actions counted apart, 99.7% never shown as 100%, a priority with an action open never
 * Blue, and the action completed in the first month listed as completed this period.
 */
class BoardPaperNumbersTests {

	@TempDir
	static Path out;

	static Rollup rollup;

	static BoardPaper paper;

	static String html;

	@BeforeAll
	static void write() throws Exception {
		Path folder = NumbersProgramme.write(out);
		rollup = NumbersProgramme.rollup(folder, NumbersProgramme.JANUARY);
		paper = Papers.write(folder, rollup, out);
		html = Files.readString(out.resolve("board-paper.html")).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
	}

	@Test
	void theOnlyOpenActionIsSaidInTheSingular() {
		PrioritySection leadership = section("1");
		assertThat(leadership.status().rag()).isEqualTo(Rag.RED);
		assertThat(leadership.headline()).isEqualTo("The only open action is red, at or above the 20% red threshold.");
		assertThat(html).contains("The only open action is red, at or above the 20% red threshold.")
			.doesNotContain("1 of 1 open actions");
	}

	@Test
	void manyOpenActionsAreSaidInThePluralWithTheCancelledCountedApart() {
		PrioritySection partnership = section("3");
		assertThat(partnership.headline()).isEqualTo("No red or amber actions: all 2 open actions are green.");
		assertThat(partnership.counts()).isEqualTo("5 actions: 2 green, 3 cancelled");
		assertThat(html).contains("5 actions: 2 green, 3 cancelled;");
	}

	@Test
	void aPriorityWithNothingRatedSaysSo() {
		PrioritySection commissioning = section("4");
		assertThat(commissioning.status().rag()).isEqualTo(Rag.GREY);
		assertThat(commissioning.headline()).isEqualTo("No action can be rated yet (1 not rated).");
		assertThat(commissioning.completed()).isEmpty();
		assertThat(html).contains("No action was completed this period.");
	}

	@Test
	void ninetyNinePointSevenPercentIsNotShownAsAHundredAndThePriorityIsNotBlue() {
		PriorityRollup quality = rollup.priorities().get(1);
		assertThat(quality.percentComplete()).isEqualTo(99.7);
		assertThat(quality.rag()).isEqualTo(Rag.GREEN);
		PrioritySection section = section("2");
		assertThat(section.percentComplete()).isEqualTo("99.7%");
		assertThat(section.headline())
			.isEqualTo("No action is red or amber; the only action still open is not rated yet.");
		assertThat(paper.overview().priorities().get(1).percentComplete()).isEqualTo("99.7%");
		assertThat(html).contains("10 actions: 9 blue, 1 grey; 99.7% complete")
			.doesNotContain("10 actions: 9 blue, 1 grey; 100% complete");
	}

	@Test
	void cancelledIsItsOwnLineBesideNotRatedInTheProgrammesCounts() {
		assertThat(paper.overview().figures()).extracting(Entry::label, Entry::value)
			.containsSubsequence(tuple("Blue (complete)", "10"), tuple("Green (on track)", "2"),
					tuple("Amber (at risk)", "0"), tuple("Red (off track)", "1"), tuple("Grey (not rated)", "2"),
					tuple("Cancelled", "3"));
		assertThat(html).contains("Grey (not rated) 2").contains("Cancelled 3");
		assertThat(paper.overview().chart().alt())
			.contains("Priority 3, Partnership: 0 blue, 2 green, 0 amber, 0 red, 0 grey, 3 cancelled");
	}

	@Test
	void aCancelledActionIsNamedCancelledNotGrey() {
		var cancelled = rollup.priorities().get(2).actions().get(2);
		assertThat(cancelled.id()).isEqualTo("3.3");
		assertThat(new PrioritySections("2017-01").line(cancelled).status().word()).isEqualTo("Cancelled");
	}

	@Test
	void theActionCompletedInTheFirstMonthIsCompletedThisPeriod() {
		List<String> completed = section("1").completed().stream().map(ActionLine::id).toList();
		assertThat(completed).containsExactly("1.1");
		int start = html.indexOf("Priority 1: Leadership", html.indexOf("Appendix B: Actions completed"));
		String leadership = html.substring(start, html.indexOf("At risk, off track or slipped", start));
		assertThat(leadership).contains("Completed this period").contains("1.1 Appoint a director");
	}

	@Test
	void theProgrammeIsRatedOnItsRatedOpenActionsWithAShareOfThree() {
		assertThat(paper.overview().headline())
			.isEqualTo("1 of the 3 open actions (33.3%) is red, at or above the 20% red threshold.");
	}

	private static PrioritySection section(String id) {
		return paper.detail().stream().filter((p) -> p.id().equals(id)).findFirst().orElseThrow();
	}

}
