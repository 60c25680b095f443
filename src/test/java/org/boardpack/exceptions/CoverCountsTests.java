package org.boardpack.exceptions;

import java.time.LocalDate;

import org.boardpack.plan.Rag;
import org.boardpack.rating.Direction;
import org.boardpack.rating.RagCounts;
import org.boardpack.rollup.ProgrammeRollup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cover's counts said of one and of many. */
class CoverCountsTests {

	private static final RagCounts NONE = new RagCounts(0, 0, 0, 0, 0);

	@Test
	void oneAndManyIndicatorsMissingAValueAreSaidEachInTheirOwnNumber() {
		// given
		CoverCounts counts = new CoverCounts(programme(new ProgrammeRollup.Totals(NONE, 0, 0, NONE)));

		// when
		counts.missingValues(1, 0);
		counts.missingValues(2, 1);
		counts.slipped(1, 1);

		// then
		assertThat(counts.all()).extracting(ExceptionReport.Count::sentence)
			.containsExactly("1 indicator missing a value it had last period, up from 0",
					"2 indicators missing a value they had last period, up from 1",
					"1 open action that slipped or was re-baselined, the same as last period");
	}

	private static ProgrammeRollup programme(ProgrammeRollup.Totals previous) {
		return new ProgrammeRollup("plan", "Plan", "Council", "Board", "2017-03", "March 2017",
				LocalDate.of(2017, 3, 31), "2017-01", "2017-12", null, 20, 0, NONE, 0, 0, 0, 0, Rag.GREY, "",
				Direction.NO_CHANGE, "", NONE, previous);
	}

}
