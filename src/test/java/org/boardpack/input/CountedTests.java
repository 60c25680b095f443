package org.boardpack.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counted nouns as a person writes them. */
class CountedTests {

	@Test
	void oneIsSingularAndZeroAndManyArePlural() {
		assertThat(Counted.of(1, "update return")).isEqualTo("1 update return");
		assertThat(Counted.of(0, "update return")).isEqualTo("0 update returns");
		assertThat(Counted.of(14, "update return")).isEqualTo("14 update returns");
	}

	@Test
	void nounsEndingLikeBoxOrPriorityTakeTheirOwnPlural() {
		assertThat(Counted.of(2, "priority")).isEqualTo("2 priorities");
		assertThat(Counted.of(2, "day")).isEqualTo("2 days");
		assertThat(Counted.of(2, "box")).isEqualTo("2 boxes");
	}

	@Test
	void aShareNamesTheOnlyOneAllAndNone() {
		assertThat(Counted.share(1, 1, "open action", "red")).isEqualTo("the only open action is red");
		assertThat(Counted.share(3, 3, "open action", "red")).isEqualTo("all 3 open actions are red");
		assertThat(Counted.share(0, 4, "open action", "amber")).isEqualTo("none of the 4 open actions is amber");
		assertThat(Counted.share(1, 6, "open action", "red")).isEqualTo("1 of the 6 open actions (16.7%) is red");
		assertThat(Counted.share(2, 7, "open action", "red")).isEqualTo("2 of the 7 open actions (28.6%) are red");
	}

}
