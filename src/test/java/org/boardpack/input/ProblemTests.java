package org.boardpack.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTests {

	@Test
	void aLineBreakInAQuotedValueIsShownSoEachProblemKeepsToOneLine() {
		// given: an id whose vertical tab was cleaned into a line break
		Problem problem = new Problem("updates/2016-12.csv", 228, "A (action_id)", "unknown action \"9.7\n3\"");

		// then
		assertThat(problem).hasToString("updates/2016-12.csv:228:A (action_id): unknown action \"9.7\\n3\"");
	}

}
