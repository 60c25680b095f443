package org.boardpack.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.boardpack.pack.Pack;
import org.boardpack.pack.TestPacks;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.render.board.BoardPaperRenderer;
import org.boardpack.render.exceptions.ExceptionReportRenderer;
import org.boardpack.render.index.PackIndexRenderer;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.boardpack.rollup.RollupJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A purpose-built programme with one measure in two priorities (M1, also A9 in the plan's
 * appendix), one series under two codes rated differently (D1 and D2) and a placeholder
 * copied from a plan (P1's "XX due"), through the roll-up, rollup.json, the exception
 * report, the board paper and the pack's index page.
 */
class OneMeasureTests {

	private static final String SETTINGS = """
			id: one-measure
			title: One measure plan
			authority: Test Borough
			board: Improvement Board
			start: 2017-01
			end: 2017-12
			leads:
			  DCS: Director of Children's Services
			  HOS QI: Head of Service, Quality Improvement
			""";

	private static final String PRIORITIES = """
			priority_id,title,lead,summary
			1,Looked after children,DCS,Permanence without delay
			2,Fostering,HOS QI,More foster carers
			""";

	private static final String ACTIONS = """
			action_id,priority_id,issue_id,description,lead,agencies,timescale,start_date,due_date
			1.1,1,,Set up the permanency panel,DCS,,Jan - Dec 17,2017-01-01,2017-12-31
			2.1,2,,Run a recruitment campaign,HOS QI,,Jan - Dec 17,2017-01-01,2017-12-31
			""";

	private static final String MARCH = """
			action_id,status,percent_complete,rag,commentary,revised_due_date,rebaselined,updated_by,updated_on
			1.1,in-progress,30,green,Panel meets monthly,,,DCS,2017-03-31
			2.1,in-progress,30,green,Campaign running,,,HOS QI,2017-03-31
			""";

	private static final String INDICATORS = """
			indicator_id,priority_id,appendix_code,title,unit,polarity,accumulation,source,type,tolerance
			M1,1; 2,A9,Children with a permanency plan at 4 months,percent,higher-better,in-month,Audits,,
			D1,1,,Initial enquiries from foster carers,count,higher-better,in-month,Team,,
			D2,2,,Enquiries from prospective foster carers,count,higher-better,in-month,Team,,
			P1,2,,XX due each month: % of foster carer reviews on time,percent,higher-better,in-month,Team,,
			""";

	private static final String TARGETS = """
			indicator_id,year,target
			M1,2016/17,90
			D1,2016/17,20
			""";

	private static final String VALUES = """
			indicator_id,period,value,numerator,denominator,note
			M1,2017-01,70,,,
			M1,2017-02,75,,,
			M1,2017-03,80,,,
			D1,2017-01,10,,,
			D1,2017-02,12,,,
			D1,2017-03,15,,,
			D2,2017-01,10,,,
			D2,2017-02,12,,,
			D2,2017-03,15,,,
			P1,2017-01,50,,,
			P1,2017-02,55,,,
			P1,2017-03,60,,,
			""";

	private static final String SAME_FIGURES = "Indicators D1 and D2 have the same figure in every month from Jan 2017 "
			+ "to Mar 2017 but are rated differently (D1 Red, D2 Grey): they may be one measure counted twice. If so, "
			+ "it should be listed once, under all its priorities.";

	private static final String PLACEHOLDER = "Indicator P1's title keeps a placeholder from the plan, \u201cXX due\u201d: "
			+ "it is not a target (it has none for 2016/17).";

	@TempDir
	static Path out;

	static JsonNode rollupJson;

	static String exceptionReport;

	static Document boardPaper;

	static String index;

	static String word;

	@BeforeAll
	static void writeThePack() throws Exception {
		Path folder = out.resolve("one-measure");
		write(folder, "programme.yml", SETTINGS);
		write(folder, "plan/priorities.csv", PRIORITIES);
		write(folder, "plan/actions.csv", ACTIONS);
		write(folder, "updates/2017-03.csv", MARCH);
		write(folder, "indicators/indicators.csv", INDICATORS);
		write(folder, "indicators/targets.csv", TARGETS);
		write(folder, "indicators/values.csv", VALUES);
		Rollup rollup = new RollupBuilder(ProgrammeReader.read(folder)).build(YearMonth.of(2017, 3));
		Path pack = Files.createDirectories(out.resolve("pack"));
		RollupJson.write(rollup, pack.resolve("rollup.json"));
		Pack made = TestPacks.of(folder, RollupJson.read(pack.resolve("rollup.json")));
		new ExceptionReportRenderer().render(made, pack);
		new BoardPaperRenderer().render(made, pack);
		new PackIndexRenderer().render(made, pack);
		rollupJson = RollupJson.MAPPER.readTree(pack.resolve("rollup.json").toFile());
		PdfUa.assertConforms(pack.resolve("exception-report.pdf"));
		exceptionReport = Readers
			.run("pdftotext", "-enc", "UTF-8", pack.resolve("exception-report.pdf").toString(), "-")
			.replaceAll("\\s+", " ");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		boardPaper = factory.newDocumentBuilder().parse(pack.resolve("board-paper.html").toFile());
		index = Files.readString(pack.resolve("index.html"), StandardCharsets.UTF_8);
		try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(pack.resolve("board-paper.docx")));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			word = extractor.getText();
		}
	}

	@Test
	void aMeasureOfTwoPrioritiesIsRatedOnceAndCountedOnceInRollupJson() {
		// then
		List<JsonNode> m1 = rollupJson.get("indicators").valueStream().filter((i) -> id(i).equals("M1")).toList();
		assertThat(m1).singleElement().satisfies((i) -> {
			assertThat(i.get("priorityIds").valueStream().map(JsonNode::asString)).containsExactly("1", "2");
			assertThat(i.get("appendixCodes").valueStream().map(JsonNode::asString)).containsExactly("A9");
			assertThat(i.get("rag").asString()).isEqualTo("red");
		});
		assertThat(rollupJson.get("indicators")).hasSize(4);
		JsonNode counts = rollupJson.get("programme").get("indicatorCounts");
		assertThat(counts.get("red").asInt()).as("M1 and D1").isEqualTo(2);
		assertThat(counts.get("grey").asInt()).as("D2 and P1").isEqualTo(2);
	}

	@Test
	void aSeriesUnderTwoCodesAndAPlaceholderAreWarningsInRollupJson() {
		// then
		assertThat(rollupJson.get("dataWarnings").valueStream().map((w) -> w.get("text").asString()))
			.containsExactly(SAME_FIGURES, PLACEHOLDER);
		assertThat(rollupJson.get("dataWarnings").get(0).get("codes").valueStream().map(JsonNode::asString))
			.containsExactly("D1", "D2");
		assertThat(rollupJson.get("dataWarnings").get(0).get("kind").asString()).isEqualTo("same-figures");
	}

	@Test
	void theBoardPaperShowsTheMeasureUnderBothPrioritiesWithTheSameFigureAndRating() throws Exception {
		// then
		assertThat(scorecardRow("scorecard-priority-1", "M1 (A9)"))
			.containsExactly("M1 (A9) Children with a permanency plan at 4 months", "80%", "90%", "Red", "Improving");
		assertThat(scorecardRow("scorecard-priority-2", "M1 (A9)"))
			.isEqualTo(scorecardRow("scorecard-priority-1", "M1 (A9)"));
		String aboutTheData = text("//p[.='About the data this period']/following-sibling::ul[1]");
		assertThat(aboutTheData).contains(SAME_FIGURES, PLACEHOLDER);
		assertThat(word).contains("About the data this period", SAME_FIGURES, PLACEHOLDER);
	}

	@Test
	void theExceptionReportListsTheMeasureOnceAndGivesTheWarnings() {
		// then
		String indicators = between(exceptionReport, "5. Indicators", "6. By lead officer");
		assertThat(count(indicators, "M1 (A9)")).isOne();
		assertThat(indicators).contains("Priorities 1 and 2");
		// it is on the list of each of its priorities' leads
		String byLead = exceptionReport.substring(exceptionReport.indexOf("6. By lead officer"));
		assertThat(count(byLead, "M1 (A9) Children with a permanency plan")).isEqualTo(2);
		String summary = between(exceptionReport, "Data quality", "How exceptions are chosen");
		assertThat(summary).contains(SAME_FIGURES, PLACEHOLDER);
	}

	@Test
	void theIndexPageGivesTheWarnings() {
		// then
		assertThat(index).contains("Indicators D1 and D2 have the same figure in every month",
				"placeholder from the plan, \u201cXX due\u201d");
	}

	private static List<String> scorecardRow(String anchor, String code) throws Exception {
		NodeList cells = (NodeList) XPathFactory.newInstance()
			.newXPath()
			.evaluate("//h3[@id='" + anchor + "']/following-sibling::table[1]//tr[th/span='" + code + "']/*",
					boardPaper, XPathConstants.NODESET);
		assertThat(cells.getLength()).as("the row of %s under %s", code, anchor).isPositive();
		return IntStream.range(0, cells.getLength())
			.mapToObj(cells::item)
			.map(Node::getTextContent)
			.map((text) -> text.replaceAll("\\s+", " ").strip())
			.filter((text) -> !text.isEmpty())
			.limit(5)
			.toList();
	}

	private static String text(String xpath) throws Exception {
		Node node = (Node) XPathFactory.newInstance().newXPath().evaluate(xpath, boardPaper, XPathConstants.NODE);
		return node.getTextContent().replaceAll("\\s+", " ");
	}

	private static String id(JsonNode indicator) {
		return indicator.get("id").asString();
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		assertThat(start).as("\"%s\" in the text", from).isNotNegative();
		int end = text.indexOf(to, start);
		return text.substring(start, (end < 0) ? text.length() : end);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static void write(Path folder, String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
