package org.boardpack.committee;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.render.Axe;
import org.boardpack.render.PdfUa;
import org.boardpack.render.Readers;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupJson;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committee papers for the bundled programme's committees, read back as a clerk and a
 * member would.
 */
@SpringBootTest
class CommitteePapersTests extends CommitteeTestSupport {

	/** A committee whose papers are exempt, with the exception report and no HTML. */
	private static final String AUDIT = """
			  audit-sub:
			    name: Audit Sub-Committee
			    reportNumber: "AS{yy}/{seq}"
			    meetings: [2017-02-20, 2017-07-24]
			    outputs: [board-paper.pdf, board-paper.docx, exception-report]
			    public: false
			""";

	@Autowired
	private CommitteePapers papers;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void thePaperForAMeetingCarriesItsNumberDateDecisionMakerAndClassificationInEveryFormat() throws Exception {
		// given
		Path programme = programme("pds-paper", "");

		// when
		CommitteePapers.Written written = write(programme, "care-services-pds", "2017-09-12");

		// then the number is the department's prefix, 18 for the financial year 2017/18,
		// and the first number 89
		Path folder = written.folder();
		assertThat(folder).isEqualTo(outputDir().resolve("pds-paper/committees/care-services-pds/2017-09-12"));
		String pdf = text(Readers.run("pdftotext", "-enc", "UTF-8", folder.resolve("board-paper.pdf").toString(), "-"));
		List<String> front = List.of("Report number CS18089", "Decision maker Executive",
				"Committee Care Services Policy Development and Scrutiny Committee, for pre-decision scrutiny",
				"Date of meeting Tuesday 12 September 2017", "Decision type Non-Urgent, Executive, Non-Key",
				"Classification Part One \u2013 Public");
		assertThat(pdf).contains(front).contains("PART ONE \u2013 PUBLIC").doesNotContain("NOT FOR PUBLICATION");
		// the paper asks for the scrutiny committee's attention, and as the committee
		// takes
		// the board paper only, it points to no exception report
		assertThat(pdf).contains("4. What needs the Committee\u2019s attention")
			.doesNotContain("the exception report", "exception-report.pdf");
		PdfUa.assertConforms(folder.resolve("board-paper.pdf"));
		Axe.assertAccessible(folder);
		String html = text(Files.readString(folder.resolve("board-paper.html")).replaceAll("<[^>]+>", " "));
		assertThat(html).contains(front);
		assertThat(docxText(folder.resolve("board-paper.docx"))).contains("CS18089", "Executive",
				"Tuesday 12 September 2017", "Non-Urgent, Executive, Non-Key", "Part One \u2013 Public");
		assertThat(written.newNumber()).isTrue();
	}

	@Test
	void theCommitteesOwnNarrativeReplacesTheMonthsSectionsItGivesAndKeepsTheOthers() throws Exception {
		// given the bundled committee narrative for 12 September 2017, over the month's
		// narrative for August
		Path programme = programme("pds-narrative", "");
		String month = Files.readString(programme.resolve("narrative/2017-08.md"));
		assertThat(month).contains("The Board is asked to:", "## Commentary");

		// when
		CommitteePapers.Written written = write(programme, "care-services-pds", "2017-09-12");

		// then
		String pdf = text(
				Readers.run("pdftotext", "-enc", "UTF-8", written.folder().resolve("board-paper.pdf").toString(), "-"));
		assertThat(pdf).contains("The Care Services PDS Committee is asked to note and comment",
				"Title Children's Services Improvement Plan update, August 2017", "The plan remains rated Red because")
			.doesNotContain("The Board is asked to");
	}

	@Test
	void thePaperReportsTheLatestMonthClosedBeforeTheMeetingWithThatMonthsPackFigures() throws Exception {
		// given
		Path programme = programme("pds-period", "");

		// when
		CommitteePapers.Written written = write(programme, "care-services-pds", "2017-09-12");

		// then
		assertThat(written.pack()).isEqualTo(outputDir().resolve("pds-period/2017-08"));
		Rollup pack = RollupJson.read(written.pack().resolve("rollup.json"));
		String pdf = text(
				Readers.run("pdftotext", "-enc", "UTF-8", written.folder().resolve("board-paper.pdf").toString(), "-"));
		assertThat(pdf).contains("Position as at 31 August 2017", "Action Plan \u2013 August 2017")
			.contains(text(pack.programme().reason()));
		Map<String, Object> manifest = RollupJson.MAPPER.readValue(written.folder().resolve("manifest.json").toFile(),
				Map.class);
		assertThat(manifest).containsEntry("period", "2017-08")
			.containsEntry("reportNumber", "CS18089")
			.containsEntry("meeting", "2017-09-12")
			.containsEntry("pack", "pds-period/2017-08");
	}

	@Test
	void aNewMeetingTakesTheNextNumberAndTheSameMeetingAgainKeepsItsNumberAndBytes() throws Exception {
		// given
		Path programme = programme("pds-numbers", "");
		CommitteePapers.Written june = write(programme, "care-services-pds", "2017-06-27");
		byte[][] first = contents(june.folder());

		// when
		CommitteePapers.Written september = write(programme, "care-services-pds", "2017-09-12");
		CommitteePapers.Written juneAgain = write(programme, "care-services-pds", "2017-06-27");
		CommitteePapers.Written january = write(programme, "care-services-pds", "2017-01-10");
		CommitteePapers.Written board = write(programme, "governance-board", "2017-09-13");

		// then
		assertThat(june.reportNumber()).isEqualTo("CS18089");
		assertThat(september.reportNumber()).isEqualTo("CS18090");
		assertThat(juneAgain.reportNumber()).isEqualTo("CS18089");
		assertThat(juneAgain.newNumber()).isFalse();
		assertThat(contents(juneAgain.folder())).isDeepEqualTo(first);
		assertThat(january.reportNumber()).as("2016/17 has a sequence of its own").isEqualTo("CS17089");
		assertThat(board.reportNumber()).as("another committee has its own sequence").isEqualTo("CSIB-2017-01");
		assertThat(this.jdbc.queryForList("select report_number from committee_report where programme_id = ? "
				+ "order by committee_id, meeting_date", String.class, "pds-numbers"))
			.containsExactly("CS17089", "CS18089", "CS18090", "CSIB-2017-01");
	}

	@Test
	void anExemptPaperSaysSoOnEveryPageOfThePdfTheWordDocumentAndTheExceptionReport() throws Exception {
		// given
		Path programme = programme("audit-paper", AUDIT);

		// when
		CommitteePapers.Written written = write(programme, "audit-sub", "2017-02-20");

		// then
		Path folder = written.folder();
		assertThat(written.reportNumber()).isEqualTo("AS17/1");
		try (var files = Files.list(folder)) {
			assertThat(files.map((f) -> f.getFileName().toString()).sorted()).containsExactly("board-paper.docx",
					"board-paper.pdf", "exception-report.pdf", "manifest.json");
		}
		String pdf = Readers.run("pdftotext", "-enc", "UTF-8", folder.resolve("board-paper.pdf").toString(), "-");
		assertThat(text(pdf)).contains("Classification Part Two \u2013 Exempt", "Decision maker Audit Sub-Committee");
		assertEveryPageSays(pdf, "PART TWO \u2013 EXEMPT: NOT FOR PUBLICATION");
		PdfUa.assertConforms(folder.resolve("board-paper.pdf"));
		PdfUa.assertConforms(folder.resolve("exception-report.pdf"));
		assertEveryPageSays(
				Readers.run("pdftotext", "-enc", "UTF-8", folder.resolve("exception-report.pdf").toString(), "-"),
				"PART TWO \u2013 EXEMPT: NOT FOR PUBLICATION");
		Path converted = Files.createTempDirectory(outputDir(), "docx");
		Readers.run("soffice", "-env:UserInstallation=file://" + converted.resolve("profile"), "--headless",
				"--convert-to", "pdf", "--outdir", converted.toString(), folder.resolve("board-paper.docx").toString());
		assertEveryPageSays(
				Readers.run("pdftotext", "-enc", "UTF-8", converted.resolve("board-paper.pdf").toString(), "-"),
				"PART TWO \u2013 EXEMPT: NOT FOR PUBLICATION");
	}

	private CommitteePapers.Written write(Path programme, String committee, String meeting) throws Exception {
		ProgrammeInput input = ProgrammeReader.read(programme);
		CommitteeMeeting chosen = CommitteeMeeting.of(input, committee, meeting);
		return this.papers.write(programme, input, chosen, CommitteeNarrative.read(programme, input, chosen));
	}

	private static void assertEveryPageSays(String pdfText, String marking) {
		List<String> pages = Arrays.stream(pdfText.split("\f")).filter((p) -> !p.isBlank()).toList();
		assertThat(pages).hasSizeGreaterThan(10).allSatisfy((page) -> assertThat(page).contains(marking));
	}

	private static byte[][] contents(Path folder) throws Exception {
		try (var files = Files.list(folder)) {
			List<Path> sorted = files.sorted().toList();
			byte[][] all = new byte[sorted.size()][];
			for (int i = 0; i < all.length; i++) {
				all[i] = Files.readAllBytes(sorted.get(i));
			}
			return all;
		}
	}

	private static String docxText(Path docx) throws Exception {
		try (InputStream in = Files.newInputStream(docx);
				XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
			return text.getText();
		}
	}

	private static String text(String text) {
		return text.replace("&#8211;", "\u2013").replaceAll("\\s+", " ");
	}

}
