package org.boardpack.render.exceptions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.boardpack.pack.TestPacks;
import org.boardpack.render.PdfStructure;
import org.boardpack.rollup.Rollup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exception report of a small programme whose exceptions are known, read back through
 * pdftotext.
 */
class ExceptionReportRendererTests {

	private static final Map<String, String> ACTIONS = Map.of("1.1", "Appoint a permanent director", "1.2",
			"Publish the sufficiency strategy", "1.3", "Train every social worker", "2.1", "Audit case files monthly",
			"2.2", "Set up the adoption panel", "2.3", "Review placements");

	private static final Map<String, String> INDICATORS = Map.of("A1", "Assessments completed within 45 days", "A2",
			"Children on a plan for a second time", "A3", "Visits on time", "A4", "Case file audits completed");

	@TempDir
	Path tempDir;

	@Test
	void eachKnownExceptionAppearsOnceInItsSectionWithItsReasonAndNothingElseDoes() throws Exception {
		// given
		Path folder = SmallProgramme.withExceptions(this.tempDir);

		// when
		PdfText text = render(folder);

		// then
		PdfText offTrack = text.between("1. Actions off track", "2. Slipped");
		onlyActions(offTrack, "1.1", "1.3");
		assertThat(offTrack.toString()).contains("Overdue by 31 days (due 28 Feb 2017, 60% complete)");
		assertThat(offTrack.toString()).contains("Overdue by 59 days (due 31 Jan 2017, 80% complete)");
		assertThat(offTrack.toString()).contains("Preferred candidate withdrew");
		PdfText slipped = text.between("2. Slipped", "3. Challenge list");
		onlyActions(slipped, "1.2");
		assertThat(slipped.toString()).contains("30 Jun 2017 31 Aug 2017 62 days later revised once");
		PdfText challenge = text.between("3. Challenge list", "4. Missing updates");
		onlyActions(challenge, "1.3");
		// the reported RAG and the lead's words share a cell: read from the tags, as a
		// screen reader reads the cell
		assertThat(PdfStructure.of(this.tempDir.resolve("exception-report.pdf")))
			.filteredOn((e) -> e.type().equals("TD"))
			.extracting(PdfStructure.Element::text)
			.anySatisfy((cell) -> assertThat(cell).startsWith("Green").contains("Nearly there"));
		assertThat(challenge.toString()).contains("Red Overdue by 59 days (due 31 Jan 2017, 80% complete)");
		PdfText missing = text.between("4. Missing updates", "5. Indicators");
		onlyActions(missing, "2.1");
		assertThat(missing.toString()).contains("HOS QI: Head of Service, Quality Improvement");
		assertThat(missing.toString()).contains("1 period, Mar 2017 (last update Feb 2017)");
		PdfText indicators = text.between("5. Indicators", "6. By lead officer");
		onlyIndicators(indicators, "A1", "A2", "A3");
		assertThat(indicators.count("Off target: Red")).isEqualTo(1);
		assertThat(indicators.count("Worsening for 2 periods in a row")).isEqualTo(2);
		assertThat(indicators.toString()).contains(
				"60% against a target of 80%: misses it by 20 percentage points, outside the tolerance of 4 percentage points (5% of the target)",
				"Worsening: 60%, was 65% last period", "Worsening: 7, was 6 last period");
		assertThat(indicators.toString()).contains("No value for Mar 2017; there was one for Feb 2017");
		// the overall rating read from the tags, as a screen reader reads it: a word
		// after
		// the badge, never a colon alone ("Red : 2 of ...")
		assertThat(PdfStructure.of(this.tempDir.resolve("exception-report.pdf"))).extracting(PdfStructure.Element::text)
			.anySatisfy((paragraph) -> assertThat(paragraph.replaceAll("\\s+", " "))
				.contains("Overall the programme is rated Red because 2 of the 5 open actions (40%) are red, "
						+ "at or above the 20% red threshold."));
	}

	@Test
	void eachLeadGetsOneListOnItsOwnPageWithJointActionsOnBothLists() throws Exception {
		// given
		Path folder = SmallProgramme.withExceptions(this.tempDir);

		// when
		PdfText text = render(folder);

		// then
		PdfText byLead = text.between("6. By lead officer", null);
		PdfText director = byLead.between("Director of Children's Services (DCS) Exceptions for", "Head of Service,");
		onlyActions(director, "1.1", "1.3");
		onlyIndicators(director, "A1");
		assertThat(director.toString()).contains("To challenge: the lead reported Green; the dates say Red");
		PdfText quality = byLead.between("Head of Service, Quality Improvement (HOS QI) Exceptions for", null);
		onlyActions(quality, "1.2", "1.3", "2.1");
		onlyIndicators(quality, "A2", "A3");
		assertThat(quality.toString()).contains("No update: 1 period, Mar 2017 (last update Feb 2017)");
		assertThat(quality.toString()).contains("Led jointly: DCS/HOS QI");
	}

	@Test
	void theCoverCountsEachKindOfExceptionAgainstLastPeriod() throws Exception {
		// given
		Path folder = SmallProgramme.withExceptions(this.tempDir);

		// when
		PdfText cover = render(folder).between("Exception report", "1. Actions off track");

		// then
		assertThat(cover.toString()).contains("2 red actions, up from 1");
		assertThat(cover.toString()).contains("1 open action that slipped or was re-baselined, up from 0");
		assertThat(cover.toString())
			.contains("1 action to challenge: reported better than the dates support, the same as last period");
		assertThat(cover.toString()).contains("1 action without an update this period, up from 0");
		assertThat(cover.toString()).contains("1 red indicator, the same as last period");
		assertThat(cover.toString()).contains("2 indicators worsening for 2 periods in a row or more");
		assertThat(cover.toString()).contains("1 indicator missing a value it had last period, up from 0");
		assertThat(cover.toString()).contains("Test data: made up for the tests.");
		assertThat(cover.toString()).doesNotContain("No exceptions this period");
	}

	@Test
	void aProgrammeWithNoExceptionsSaysSoPlainlyOnItsCoverAndInEverySection() throws Exception {
		// given
		Path folder = SmallProgramme.clean(this.tempDir);

		// when
		PdfText text = render(folder);

		// then
		assertThat(text.between("Exception report", "1. Actions off track").toString())
			.contains("No exceptions this period.");
		assertThat(text.toString()).contains("No action is overdue or rated Red this period.");
		assertThat(text.toString()).contains("No open action has slipped or been re-baselined.");
		assertThat(text.toString()).contains("No lead reported a better RAG than the dates and progress support.");
		assertThat(text.toString()).contains("No action is missing an update.");
		assertThat(text.toString()).contains("No indicator is off target, worsening or missing a value.");
		assertThat(text.toString()).contains("No lead officer has an exception this period.");
		onlyActions(text);
		onlyIndicators(text);
	}

	@Test
	void theRulesInProgrammeYmlChangeWhatIsListed() throws Exception {
		// given
		Path folder = SmallProgramme.withExceptions(this.tempDir);
		SmallProgramme.write(folder, "programme.yml", SmallProgramme.SETTINGS + """
				exceptions:
				  actionRags: [red, amber]
				  worseningPeriods: 3
				""");

		// when
		PdfText text = render(folder);

		// then
		onlyActions(text.between("1. Actions off track", "2. Slipped"), "1.1", "1.2", "1.3");
		onlyIndicators(text.between("5. Indicators", "6. By lead officer"), "A1", "A3");
		assertThat(text.toString()).contains("1 amber action");
	}

	private PdfText render(Path folder) throws Exception {
		Rollup rollup = SmallProgramme.rollup(folder);
		Path pdf = this.tempDir.resolve("exception-report.pdf");
		new ExceptionReportRenderer().render(TestPacks.of(folder, rollup), this.tempDir);
		return PdfText.of(pdf);
	}

	/**
	 * The section names exactly these actions, each once, and no other action of the
	 * programme.
	 */
	private static void onlyActions(PdfText section, String... ids) {
		List<String> listed = List.of(ids);
		ACTIONS.forEach((id, description) -> assertThat(section.count(description)).as("%s in %s", id, section)
			.isEqualTo(listed.contains(id) ? 1 : 0));
	}

	private static void onlyIndicators(PdfText section, String... ids) {
		List<String> listed = List.of(ids);
		INDICATORS.forEach((id, title) -> assertThat(section.count(title)).as("%s in %s", id, section)
			.isEqualTo(listed.contains(id) ? 1 : 0));
	}

}
