package org.boardpack.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Shares as a reader sees them: whole numbers that never claim 100% or 0% untruly. */
class PercentTests {

	@Test
	void aShareIsShownAsAWholeNumber() {
		assertThat(Percent.shown(98.5)).isEqualTo("99%");
		assertThat(Percent.shown(42.4)).isEqualTo("42%");
		assertThat(Percent.shown(100)).isEqualTo("100%");
		assertThat(Percent.shown(0)).isEqualTo("0%");
	}

	@Test
	void aShareJustShortOfAllIsNotRoundedUpToIt() {
		assertThat(Percent.shown(99.7)).isEqualTo("99.7%");
		assertThat(Percent.shown(99.8)).isEqualTo("99.8%");
		assertThat(Percent.shown(99.97)).isEqualTo("99.9%");
		assertThat(Percent.shown(99.4)).isEqualTo("99%");
	}

	@Test
	void aShareJustAboveNoneIsNotRoundedDownToIt() {
		assertThat(Percent.shown(0.3)).isEqualTo("0.3%");
		assertThat(Percent.shown(0.04)).isEqualTo("0.1%");
	}

	@Test
	void aShareARatingRestsOnKeepsOneDecimalAndNeverReachesAWholeItIsNot() {
		assertThat(Percent.exact(16.666)).isEqualTo("16.7%");
		assertThat(Percent.exact(20)).isEqualTo("20%");
		assertThat(Percent.exact(99.96)).isEqualTo("99.9%");
	}

}
