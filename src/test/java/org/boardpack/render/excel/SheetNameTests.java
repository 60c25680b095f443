package org.boardpack.render.excel;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A priority's sheet name, as its tab shows it: whole words within Excel's 31 characters,
 * and one name per priority.
 */
class SheetNameTests {

	@Test
	void aLongTitleIsCutAfterItsLastWholeWordWithoutADanglingJoiningWord() {
		// given
		PrioritySheet sheets = new PrioritySheet(null);

		// when
		String management = sheets.name("2", "Management oversight and quality assurance");
		String safeguarding = sheets.name("4", "Safeguarding – better help and protection");
		String looked = sheets.name("5", "Supporting children looked after");

		// then
		assertThat(management).isEqualTo("2 Management oversight");
		assertThat(safeguarding).isEqualTo("4 Safeguarding – better help");
		assertThat(looked).isEqualTo("5 Supporting children looked");
	}

	@Test
	void aShortTitleIsKeptWholeAndCharactersExcelRefusesBecomeSpaces() {
		PrioritySheet sheets = new PrioritySheet(null);

		assertThat(sheets.name("7", "Adoption services")).isEqualTo("7 Adoption services");
		assertThat(sheets.name("9", "Audit: what/why?")).isEqualTo("9 Audit what why");
	}

	@Test
	void prioritiesWhoseNamesWouldMatchAreNumberedAndStayWithinTheLimitInWholeWords() {
		// given
		PrioritySheet sheets = new PrioritySheet(null);
		String title = "Supporting children looked after and care leavers";

		// when
		List<String> names = List.of(sheets.name("5", title), sheets.name("5", title), sheets.name("5", title));

		// then
		assertThat(names).containsExactly("5 Supporting children looked", "5 Supporting children (2)",
				"5 Supporting children (3)");
		assertThat(names).allSatisfy((name) -> assertThat(name).hasSizeLessThanOrEqualTo(31));
	}

	@Test
	void aSingleWordLongerThanTheLimitIsCutSinceNoWholeWordFits() {
		assertThat(PrioritySheet.words("Supercalifragilisticexpialidocious-plans", 31))
			.isEqualTo("Supercalifragilisticexpialidoci");
	}

}
