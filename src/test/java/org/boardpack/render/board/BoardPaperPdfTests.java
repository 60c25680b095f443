package org.boardpack.render.board;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;
import org.junit.jupiter.api.BeforeAll;
import org.boardpack.render.PdfOutline;
import org.boardpack.render.PdfStructure;
import org.boardpack.render.PdfUa;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled programme's latest board paper as a board member reads it in the PDF. */
class BoardPaperPdfTests {

	@TempDir
	static Path out;

	static Rollup rollup;

	static String text;

	@BeforeAll
	static void write() throws Exception {
		rollup = Papers.rollup(Papers.BUNDLED, "2017-10");
		Papers.write(Papers.BUNDLED, rollup, out);
		text = Papers.pdfText(out.resolve("board-paper.pdf"));
	}

	@Test
	void frontBlockComesFromTheNarrativeAndTheProgrammeDefaults() {
		// given the narrative of 2017-10 and the paper defaults in programme.yml
		// when the PDF is read
		// then
		assertThat(text).contains("London Borough of Bromley", "PART ONE", "Report number CSIB-2017-10",
				"Decision maker Children's Service Improvement Governance Board",
				"Date of meeting Wednesday 8 November 2017", "Contact officer Head of Service, Quality Improvement",
				"Chief officer Director of Children's Services", "Ward Borough-wide", "Position as at 31 October 2017",
				"Children's Service Improvement Action Plan – closing report, October 2017");
	}

	@Test
	void everyPriorityHasItsSection() {
		for (PriorityRollup priority : rollup.priorities()) {
			assertThat(text).contains("Priority " + priority.id() + ": " + priority.title());
		}
	}

	@Test
	void everyIndicatorIsInTheAppendixWithItsValueAndTargetOrListedOnceWithoutThem() {
		assertThat(rollup.indicators()).as("the bundled month has indicators without a value")
			.anyMatch((indicator) -> indicator.value() == null);
		String appendix = text.substring(text.indexOf("Appendix A: Performance indicators"));
		String unmeasured = appendix.substring(appendix.indexOf("Indicators with no target and no figure"));
		for (IndicatorRollup indicator : rollup.indicators()) {
			boolean hasTarget = indicator.target() != null && !indicator.target().isBlank();
			String value = (indicator.value() != null) ? indicator.valueText() : "No value";
			String target = hasTarget ? indicator.target() : "No target";
			// a long title wraps in its cell (pdftotext joins a hyphen at a line end), so
			// the words are compared
			// without the spaces and hyphens between them
			String name = (indicator.label() + indicator.title()).replaceAll("[\\s-]", "");
			assertThat(appendix.replaceAll("[\\s-]", "")).as(indicator.id()).contains(name);
			if (indicator.value() == null && !hasTarget) {
				assertThat(unmeasured.replaceAll("[\\s-]", "")).as(indicator.id()).contains(name);
			}
			else {
				assertThat(appendix).as(indicator.id()).contains(value, target);
			}
		}
		assertThat(text.split("No figure", -1)).as("\"No figure\" printed at most a handful of times")
			.hasSizeLessThanOrEqualTo(6);
	}

	@Test
	void runningHeaderPageNumbersAndDocumentInformation() throws Exception {
		String info = Papers.run(List.of("pdfinfo", out.resolve("board-paper.pdf").toString()));
		assertThat(info).contains("Title:           Children's Service Improvement Action Plan – closing report")
			.contains("Author:          London Borough of Bromley")
			.containsPattern("Page size: +595\\.\\d+ x 841\\.\\d+ pts \\(A4\\)");
		int pages = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
		assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages)
			.contains("London Borough of Bromley – Children's Service Improvement Action Plan – October 2017");
	}

	@Test
	void bookmarksNameEverySection() throws Exception {
		{
			List<String> titles = new ArrayList<>();
			collect(PdfOutline.of(out.resolve("board-paper.pdf")), titles);
			assertThat(titles).containsSubsequence("Front sheet", "1. Reason for report", "2. Recommendations",
					"3. Overall position", "4. What needs the board\u2019s attention", "5. Progress by priority",
					"6. Next steps", "11. Legal implications", "Non-applicable sections and background documents",
					"Appendix A: Performance indicators", "Appendix B: Actions by priority");
			rollup.priorities()
				.forEach((p) -> assertThat(titles).contains("5." + p.id() + " Priority " + p.id() + ": " + p.title()));
		}
	}

	@SuppressWarnings("unchecked")
	private static void collect(List<Map<String, Object>> marks, List<String> titles) {
		if (marks == null) {
			return;
		}
		for (Map<String, Object> mark : marks) {
			titles.add((String) mark.get("Title"));
			collect((List<Map<String, Object>>) mark.get("Kids"), titles);
		}
	}

	@Test
	void theSamePaperGivesTheSameBytes(@TempDir Path again) throws Exception {
		Papers.write(Papers.BUNDLED, rollup, again);
		assertThat(Files.readAllBytes(again.resolve("board-paper.pdf")))
			.isEqualTo(Files.readAllBytes(out.resolve("board-paper.pdf")));
		assertThat(Files.readAllBytes(again.resolve("board-paper.docx")))
			.isEqualTo(Files.readAllBytes(out.resolve("board-paper.docx")));
	}

	@Test
	void isTaggedPdfUaAsVeraPdfChecksIt() {
		PdfUa.assertConforms(out.resolve("board-paper.pdf"));
	}

	@Test
	void aScreenReaderMeetsTheHeadingsTablesAndChartsWithTheirFigures() throws Exception {
		// when the structure tree is read in reading order
		List<PdfStructure.Element> tree = PdfStructure.of(out.resolve("board-paper.pdf"));

		// then the headings are the paper's, in order
		List<String> headings = tree.stream()
			.filter((e) -> e.type().matches("H[1-6]"))
			.map((e) -> e.type() + " " + e.text().strip())
			.toList();
		assertThat(headings).startsWith("H1 Children's Service Improvement Action Plan – closing report, October 2017",
				"H2 1. Reason for report", "H2 2. Recommendations", "H2 3. Overall position",
				"H2 4. What needs the board\u2019s attention", "H2 5. Progress by priority",
				"H3 5.1 Priority 1: " + rollup.priorities().get(0).title());
		// the recommendations are a list of four lettered items
		assertThat(tree).filteredOn((e) -> e.type().equals("LBody"))
			.extracting(PdfStructure.Element::text)
			.anySatisfy((item) -> assertThat(item.strip()).contains("Note that 99% of the plan's work is complete"));
		// every table cell of a header row is a header cell
		assertThat(tree).filteredOn((e) -> e.type().equals("TH"))
			.extracting((e) -> e.text().strip())
			.contains("Priority", "Indicator", "Latest", "Target", "Report number");
		// every chart is a figure whose alternative text gives its numbers
		List<PdfStructure.Element> figures = tree.stream().filter((e) -> e.type().equals("Figure")).toList();
		assertThat(figures).isNotEmpty().allSatisfy((f) -> assertThat(f.alt()).isNotBlank());
		assertThat(figures.get(0).alt()).startsWith("Bar chart of actions by RAG status for each priority")
			.contains("Priority 1, " + rollup.priorities().get(0).title() + ": ");
	}

}
