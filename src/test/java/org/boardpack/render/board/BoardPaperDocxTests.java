package org.boardpack.render.board;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.boardpack.rollup.Rollup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word version of the bundled programme's latest paper, as a clerk opens and edits
 * it.
 */
class BoardPaperDocxTests {

	@TempDir
	static Path out;

	static Rollup rollup;

	static XWPFDocument docx;

	@BeforeAll
	static void write() throws Exception {
		rollup = Papers.rollup(Papers.BUNDLED, "2017-10");
		Papers.write(Papers.BUNDLED, rollup, out);
		try (InputStream in = Files.newInputStream(out.resolve("board-paper.docx"))) {
			docx = new XWPFDocument(in);
		}
	}

	@Test
	void sectionsArePrioritiesAreWordHeadings() {
		List<XWPFParagraph> paragraphs = docx.getParagraphs();
		assertThat(paragraphs).filteredOn((p) -> "Heading1".equals(p.getStyle()))
			.extracting(XWPFParagraph::getText)
			.containsExactly("Children's Service Improvement Action Plan – closing report, October 2017");
		assertThat(paragraphs).filteredOn((p) -> "Heading2".equals(p.getStyle()))
			.extracting(XWPFParagraph::getText)
			.containsSubsequence("Reason for report", "Recommendations", "Overall position",
					"What needs the board\u2019s attention", "Progress by priority", "Next steps", "Legal implications",
					"Appendix A: Performance indicators");
		List<String> level3 = paragraphs.stream()
			.filter((p) -> "Heading3".equals(p.getStyle()))
			.map(XWPFParagraph::getText)
			.toList();
		rollup.priorities().forEach((p) -> assertThat(level3).contains("Priority " + p.id() + ": " + p.title()));
		assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
	}

	@Test
	void tablesWithHeaderRowsRepeatThem() {
		List<XWPFTable> withHeaders = docx.getTables()
			.stream()
			.filter((t) -> List.of("Indicator", "Action", "Priority").contains(t.getRow(0).getCell(0).getText()))
			.toList();
		assertThat(withHeaders).hasSizeGreaterThan(10);
		assertThat(withHeaders).allSatisfy((t) -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
	}

	@Test
	void chartsCarryAlternativeText() throws Exception {
		String body = docx.getDocument().xmlText();
		assertThat(body).contains("descr=\"Bar chart of actions by RAG status for each priority. Priority 1");
		assertThat(body).doesNotContain("descr=\"\"");
		assertThat(docx.getAllPictures()).hasSizeGreaterThan(100);
	}

	@Test
	void pageNumbersAndProperties() {
		assertThat(docx.getFooterList().get(0)._getHdrFtr().xmlText()).contains(" PAGE ", " NUMPAGES ");
		var core = docx.getProperties().getCoreProperties();
		assertThat(core.getTitle())
			.isEqualTo("Children's Service Improvement Action Plan – closing report, October 2017");
		assertThat(core.getCreator()).isEqualTo("London Borough of Bromley");
	}

	@Test
	void everyPageCarriesTheDataLabelAsThePdfDoes() {
		assertThat(docx.getFooterList().get(0).getText()).contains(rollup.programme().dataLabel());
	}

	@Test
	void ratingsReadAsSentencesAndOldCommentaryIsDated() {
		String text = docx.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
		String tables = docx.getTables().stream().map(XWPFTable::getText).reduce("", (a, b) -> a + "\n" + b);
		assertThat(text)
			.contains("The programme is rated Red. 7 of the 16 open actions (43.8%) are red, at or above the "
					+ "20% red threshold.")
			.doesNotContain("Blue. all");
		assertThat(tables).contains("Latest update (Sep 2017): ");
	}

	@Test
	void libreOfficeConvertsItToPdf(@TempDir Path converted) throws Exception {
		// given the Word document; when LibreOffice converts it
		Papers.run(List.of("soffice", "-env:UserInstallation=file://" + converted.resolve("profile"), "--headless",
				"--convert-to", "pdf", "--outdir", converted.toString(), out.resolve("board-paper.docx").toString()));
		// then the PDF reads as the paper, every word of a narrow column whole on its
		// line
		String text = Papers
			.run(List.of("pdftotext", "-enc", "UTF-8", converted.resolve("board-paper.pdf").toString(), "-"))
			.replaceAll("\\s+", " ");
		assertThat(text).contains("Report number CSIB-2017-10", "Priority 6: Supporting care leavers", "Page 1 of")
			.contains("Priority RAG Blue Green Amber Red Grey", "Statistical neighbours")
			.doesNotContain("Gree n", "neighbou rs", "Amb er");
	}

	@Test
	void listsAreWordNumberingNotTypedNumbers() {
		XWPFParagraph recommendation = paragraphStarting("Note that 99% of the plan's work is complete");
		assertThat(recommendation.getNumID()).isNotNull();
		assertThat(recommendation.getNumFmt()).isEqualTo("lowerLetter");
		assertThat(recommendation.getNumLevelText()).isEqualTo("%4)");
		XWPFParagraph label = paragraphStarting("About the data this period");
		XWPFParagraph line = docx.getParagraphs().get(docx.getParagraphs().indexOf(label) + 1);
		assertThat(line.getNumFmt()).isEqualTo("bullet");
		assertThat(line.getText()).startsWith("Updates missing this period").doesNotStartWith("\u2022");
	}

	private static XWPFParagraph paragraphStarting(String text) {
		return docx.getParagraphs().stream().filter((p) -> p.getText().startsWith(text)).findFirst().orElseThrow();
	}

	@Test
	void everyTableHasATableStyleAndItsHeaderRowStaysWithTheFirstRow() throws Exception {
		assertThat(stylesXml()).containsPattern(
				"<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>.*<w:tblBorders>");
		assertThat(docx.getTables()).allSatisfy((t) -> assertThat(t.getStyleID()).isEqualTo("TableGrid"));
		assertThat(docx.getTables()).filteredOn((t) -> t.getRow(0).isRepeatHeader())
			.allSatisfy(
					(t) -> assertThat(t.getRow(0).getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext())
						.isTrue());
	}

	@Test
	void theDocumentsLanguageIsBritishEnglish() throws Exception {
		assertThat(stylesXml()).containsPattern("<w:docDefaults>.*<w:lang w:val=\"en-GB\"");
	}

	/** The styles part as Word reads it. */
	private static String stylesXml() throws Exception {
		try (InputStream styles = docx.getStyles().getPackagePart().getInputStream()) {
			return new String(styles.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
