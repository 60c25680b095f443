package org.boardpack.render.board;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.boardpack.TestFolders;
import org.boardpack.narrative.Narrative;
import org.boardpack.pack.Pack;
import org.boardpack.pack.TestPacks;
import org.boardpack.system.OutputFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paper beside a council's committee report: numbered paragraphs in the PDF and as
 * Word numbering, the impact panel and contact details from the narrative's front matter,
 * the writer's own sections, tables and numbered sub-headings in the order written, the
 * sections without text listed as not applicable, the background documents, and the
 * scorecards in an appendix. The narrative is written for the test, over the bundled
 * programme's figures.
 */
class BoardPaperParityTests {

	private static final String NARRATIVE = """
			---
			reportNumber: CS18101
			meetingDate: 2017-11-08
			contactOfficer: Jo Clerk, Head of Planning
			contactEmail: jo.clerk@example.org
			contactTelephone: 020 7946 0000
			costOfProposal: £141,000 in 2017/18
			wardCouncillorsAsked: Yes
			wardCouncillorComments: The ward councillors support the plan.
			backgroundDocuments: Improvement plan v14.3; Inspection report 2016
			---
			## Reason for report

			This report gives the position at the close of the plan.

			## Recommendations

			The Board is asked to:

			1. Note the position.
			2. Agree the follow-on plan.

			## Next steps

			The open actions move to the follow-on plan:

			| Action | Due |
			|---|---|
			| 1.4.5 | Nov 2017 |

			### Reporting

			The Board will see the follow-on plan in December.

			## Risks

			## Financial implications

			No new spending is proposed.
			""";

	@TempDir
	static Path temp;

	static Path out;

	static String pdf;

	static XWPFDocument docx;

	@BeforeAll
	static void write() throws Exception {
		Path programme = TestFolders.copy(Papers.BUNDLED, temp.resolve("bromley-csc-2016"));
		Files.writeString(programme.resolve("narrative/2017-10.md"), NARRATIVE, StandardCharsets.UTF_8);
		out = Files.createDirectories(temp.resolve("out"));
		Papers.write(programme, Papers.rollup(programme, "2017-10"), out);
		pdf = Papers.pdfText(out.resolve("board-paper.pdf"));
		try (InputStream in = Files.newInputStream(out.resolve("board-paper.docx"))) {
			docx = new XWPFDocument(in);
		}
	}

	@Test
	void paragraphsAreNumberedAndAListsItemsLettered() {
		assertThat(pdf).contains("1. Reason for report 1.1 This report gives the position at the close of the plan.",
				"2. Recommendations 2.1 The Board is asked to: a) Note the position. b) Agree the follow-on plan.",
				"3. Overall position 3.1 The programme is rated ", "5. Progress by priority 5.1 Priority 1: ",
				"5.1.1 Rated ");
	}

	@Test
	void theFrontSheetHasTheContactDetailsAndTheImpactPanelFromTheFrontMatterAndTheDefaults() {
		assertThat(pdf).contains("Contact officer Jo Clerk, Head of Planning E-mail jo.clerk@example.org "
				+ "Telephone 020 7946 0000 Chief officer Director of Children's Services");
		// the narrative's entries, the programme's defaults for the rest, in the panel's
		// order
		assertThat(pdf).containsSubsequence("Corporate policy Policy status Existing policy",
				"Financial Cost of proposal £141,000 in 2017/18 Ongoing costs Not applicable", "Staff ",
				"Legal Legal requirement Statutory requirement", "Procurement Procurement implications None",
				"Customer impact ",
				"Ward councillor views Ward councillors asked for comments Yes "
						+ "Summary of ward councillors\u2019 comments The ward councillors support the plan.",
				"1. Reason for report");
	}

	@Test
	void theWritersOwnSectionAndItsTableComeInTheOrderWrittenAndAnEmptySectionIsListedAsNotApplicable() {
		assertThat(pdf).containsSubsequence("5. Progress by priority",
				"6. Next steps 6.1 The open actions move to the follow-on plan: Action Due 1.4.5 Nov 2017 "
						+ "6.2 Reporting 6.2.1 The Board will see the follow-on plan in December.",
				"7. Financial implications 7.1 No new spending is proposed.",
				"Non-applicable sections Risks Impact on vulnerable adults and children Policy implications "
						+ "Legal implications Personnel implications",
				"Background documents (access via the contact officer) Improvement plan v14.3 Inspection report 2016",
				"Appendix A: Performance indicators");
		assertThat(pdf).doesNotContain(". Risks");
	}

	@Test
	void theScorecardsAreInTheAppendixAndTheBodyEndsBeforeIt() {
		int appendix = pdf.indexOf("Appendix A: Performance indicators");
		String body = pdf.substring(0, appendix);
		String appendices = pdf.substring(appendix);
		assertThat(body).doesNotContain("Statistical neighbours");
		assertThat(appendices).contains("National Statistical neighbours", "Indicators with no target and no figure",
				"Appendix B: Actions completed, at risk and due, by priority");
		assertThat(pdf.split("No figure", -1)).hasSizeLessThanOrEqualTo(6);
	}

	@Test
	void wordNumbersTheSameParagraphsWithOneMultiLevelList() {
		// given the heading, a paragraph and a list item of the recommendations
		XWPFParagraph heading = paragraph("Recommendations");
		XWPFParagraph paragraph = paragraph("The Board is asked to:");
		XWPFParagraph item = paragraph("Note the position.");
		XWPFParagraph priority = docx.getParagraphs()
			.stream()
			.filter((p) -> "Heading3".equals(p.getStyle()) && p.getText().startsWith("Priority 1: "))
			.findFirst()
			.orElseThrow();

		// then each is numbered by Word, not typed, at its level of one list
		assertThat(heading.getText()).isEqualTo("Recommendations");
		assertThat(List.of(heading, paragraph, item, priority)).extracting(XWPFParagraph::getNumID)
			.containsOnly(heading.getNumID());
		assertThat(heading.getNumIlvl()).isEqualTo(BigInteger.ZERO);
		assertThat(heading.getNumLevelText()).isEqualTo("%1.");
		assertThat(paragraph.getNumIlvl()).isEqualTo(BigInteger.ONE);
		assertThat(paragraph.getNumLevelText()).isEqualTo("%1.%2");
		assertThat(priority.getNumLevelText()).isEqualTo("%1.%2");
		assertThat(item.getNumIlvl()).isEqualTo(BigInteger.valueOf(3));
		assertThat(item.getNumFmt()).isEqualTo("lowerLetter");
		assertThat(item.getNumLevelText()).isEqualTo("%4)");
		var abstractNum = docx.getNumbering().getAbstractNum(docx.getNumbering().getAbstractNumID(heading.getNumID()));
		assertThat(abstractNum.getCTAbstractNum().getLvlList()).extracting((l) -> l.getLvlText().getVal())
			.containsExactly("%1.", "%1.%2", "%1.%2.%3", "%4)");
	}

	@Test
	void wordShowsTheNumbersThePdfPrints(@TempDir Path converted) throws Exception {
		// when LibreOffice lays out the Word document
		Papers.run(List.of("soffice", "-env:UserInstallation=file://" + converted.resolve("profile"), "--headless",
				"--convert-to", "pdf", "--outdir", converted.toString(), out.resolve("board-paper.docx").toString()));
		// (laid out as on the page, as a number hangs in the margin beside its line)
		String text = Papers
			.run(List.of("pdftotext", "-layout", "-enc", "UTF-8", converted.resolve("board-paper.pdf").toString(), "-"))
			.replaceAll("\\s+", " ");

		// then its numbers are the PDF's, in the same order
		assertThat(text).containsSubsequence("1. Reason for report", "1.1 This report gives the position",
				"2. Recommendations", "2.1 The Board is asked to:", "a) Note the position.",
				"b) Agree the follow-on plan.", "3. Overall position", "3.1 The programme is rated", "5.1 Priority 1: ",
				"5.1.1 Rated ", "6. Next steps", "6.1 The open actions move", "7. Financial implications",
				"7.1 No new spending", "Non-applicable sections", "Background documents",
				"Appendix A: Performance indicators");
	}

	@Test
	void aPaperWithoutTheExceptionReportInItsFolderNeverPointsToIt(@TempDir Path folder) throws Exception {
		// given the bundled pack as a committee's paper whose folder holds no exception
		// report
		Pack pack = TestPacks.of(Papers.BUNDLED, Papers.rollup(Papers.BUNDLED, "2017-10"))
			.forCommittee(Narrative.NONE,
					List.of(OutputFile.BOARD_PAPER_HTML, OutputFile.BOARD_PAPER_PDF, OutputFile.BOARD_PAPER_DOCX));

		// when
		new BoardPaperRenderer().render(pack, folder);

		// then no format mentions it (an action of the plan is about "exception reports"
		// of its own), while the monthly pack's paper does
		String text = Papers.pdfText(folder.resolve("board-paper.pdf"));
		assertThat(text).contains("What needs the board\u2019s attention", "7 red actions")
			.doesNotContain("the exception report", "exception-report.pdf");
		assertThat(Files.readString(folder.resolve("board-paper.html"))).doesNotContain("the exception report",
				"exception-report.pdf");
		try (InputStream in = Files.newInputStream(folder.resolve("board-paper.docx"));
				var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(new XWPFDocument(in))) {
			assertThat(words.getText()).doesNotContain("the exception report", "exception-report.pdf");
		}
		assertThat(Papers.pdfText(out.resolve("board-paper.pdf")))
			.contains("by lead officer, in the exception report (exception-report.");
	}

	private static XWPFParagraph paragraph(String text) {
		return docx.getParagraphs().stream().filter((p) -> p.getText().equals(text)).findFirst().orElseThrow();
	}

}
