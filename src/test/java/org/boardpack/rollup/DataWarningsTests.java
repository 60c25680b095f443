package org.boardpack.rollup;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.plan.Rag;
import org.boardpack.rating.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which series count as one measure under two codes, and which words are placeholders:
 * the warnings a reader sees, from indicators made by hand.
 */
class DataWarningsTests {

	@Test
	void threeCodesWithTheSameSeriesAreOneWarningNamingAllThree() {
		// given
		List<IndicatorRollup> indicators = List.of(indicator("4l", "Children on a plan", Rag.GREY, 220, 224, 230),
				indicator("A23", "Children on a plan", Rag.GREY, 220, 224, 230),
				indicator("A3", "Children on a plan", Rag.GREY, 220, 224, 230),
				indicator("A4", "Children on a plan per 10,000", Rag.GREY, 220, 224, 231));

		// when
		List<DataWarning> warnings = DataWarnings.find(indicators, List.of());

		// then
		assertThat(warnings).singleElement().satisfies((warning) -> {
			assertThat(warning.codes()).containsExactly("4l", "A23", "A3");
			assertThat(warning.text()).isEqualTo("Indicators 4l, A23 and A3 have the same figure in every month from "
					+ "Aug 2017 to Oct 2017: they may be one measure counted three times. If so, it should be listed "
					+ "once, under all its priorities.");
		});
	}

	@Test
	void shortOrUnchangingSeriesThatMatchByChanceAreNotWarnedOf() {
		// given two months alike, and three months of one figure alike
		List<IndicatorRollup> indicators = List.of(indicator("B1", "Visits", Rag.GREEN, 90, 95),
				indicator("B2", "Reviews", Rag.RED, 90, 95), indicator("C1", "Placements in B&B", Rag.GREEN, 0, 0, 0),
				indicator("C2", "Children missing education", Rag.GREEN, 0, 0, 0));

		// when
		List<DataWarning> warnings = DataWarnings.find(indicators, List.of());

		// then
		assertThat(warnings).isEmpty();
	}

	@Test
	void placeholdersCopiedFromAPlanAreNamedButFiguresAndWordsAreNot() {
		// given
		List<IndicatorRollup> indicators = List.of(
				indicator("3a", "X% of staff are confident to escalate", Rag.GREY, 50, 55, 60),
				indicator("6d", "xx % attendance at training", Rag.GREY),
				indicator("2h", "Monitoring forms (XX due each month): % good", Rag.GREY),
				indicator("6o", "100% of care leavers have their health information", Rag.GREY),
				indicator("9x", "Maximum 20% of Xbox users", Rag.GREY));

		// when
		List<String> warnings = DataWarnings.find(indicators, List.of()).stream().map(DataWarning::text).toList();

		// then
		assertThat(warnings).containsExactly(
				"Indicator 3a's title keeps a placeholder from the plan, \u201cX%\u201d: it is not a target (it has "
						+ "none for 2017/18).",
				"Indicator 6d's title keeps a placeholder from the plan, \u201cxx %\u201d: it is not a target (it has "
						+ "none for 2017/18).",
				"Indicator 2h's title keeps a placeholder from the plan, \u201cXX due\u201d: it is not a target (it has "
						+ "none for 2017/18).");
	}

	private static IndicatorRollup indicator(String id, String title, Rag rag, double... values) {
		List<IndicatorRollup.PeriodFigure> history = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			history.add(new IndicatorRollup.PeriodFigure(
					YearMonth.of(2017, 10).minusMonths(values.length - 1 - i).toString(), values[i]));
		}
		Double last = (values.length > 0) ? values[values.length - 1] : null;
		return new IndicatorRollup(id, List.of("1"), title, "count", "higher-better", "snapshot", "", false, List.of(),
				"2017/18", null, null, "", last, "", null, null, rag, "", Direction.NO_CHANGE, "",
				Direction.NOT_AVAILABLE, "", List.of(), 0, history, null, 5.0, List.of(), List.of());
	}

}
