package org.boardpack.render.board;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.TestFolders;
import org.boardpack.rollup.RollupJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled programme's latest board paper as HTML: accessible, escaped, and with
 * figures from rollup.json.
 */
class BoardPaperHtmlTests {

	@TempDir
	static Path out;

	static Document html;

	static JsonNode rollupJson;

	@BeforeAll
	static void write() throws Exception {
		var rollup = Papers.rollup(Papers.BUNDLED, "2017-10");
		RollupJson.write(rollup, out.resolve("rollup.json"));
		rollupJson = RollupJson.MAPPER.readTree(out.resolve("rollup.json").toFile());
		Papers.write(Papers.BUNDLED, RollupJson.read(out.resolve("rollup.json")), out);
		html = Papers.xml(out.resolve("board-paper.html"));
	}

	@Test
	void declaresItsLanguageAndTitle() {
		Element root = html.getDocumentElement();
		assertThat(root.getAttribute("lang")).isEqualTo("en-GB");
		assertThat(html.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Children's Service Improvement Action Plan – closing report, October 2017");
	}

	@Test
	void headingsStartAtOneH1AndNeverSkipALevel() {
		List<Integer> levels = new ArrayList<>();
		collectHeadings(html.getDocumentElement(), levels);
		assertThat(levels.get(0)).isEqualTo(1);
		assertThat(levels.stream().filter((l) -> l == 1)).hasSize(1);
		for (int i = 1; i < levels.size(); i++) {
			assertThat(levels.get(i)).as("heading %d", i).isLessThanOrEqualTo(levels.get(i - 1) + 1);
		}
	}

	@Test
	void everyTableHasHeaderCellsWithScope() {
		NodeList tables = html.getElementsByTagName("table");
		assertThat(tables.getLength()).isGreaterThan(10);
		for (int i = 0; i < tables.getLength(); i++) {
			NodeList headers = ((Element) tables.item(i)).getElementsByTagName("th");
			assertThat(headers.getLength()).as("table %d", i).isPositive();
			for (int h = 0; h < headers.getLength(); h++) {
				assertThat(((Element) headers.item(h)).getAttribute("scope")).isIn("col", "row");
			}
		}
	}

	@Test
	void everyImageIsEmbeddedAndSaysWhatItShowsInNumbers() {
		NodeList images = html.getElementsByTagName("img");
		assertThat(images.getLength()).isGreaterThan(100);
		for (int i = 0; i < images.getLength(); i++) {
			Element image = (Element) images.item(i);
			assertThat(image.getAttribute("src")).startsWith("data:image/png;base64,");
			assertThat(image.getAttribute("alt")).containsPattern("\\d");
		}
	}

	@Test
	void priorityCountsMatchTheRollup() {
		Element summary = tableWithCaption("Actions by RAG status for each priority");
		NodeList rows = summary.getElementsByTagName("tbody").item(0).getChildNodes();
		List<Element> trs = new ArrayList<>();
		for (int i = 0; i < rows.getLength(); i++) {
			if (rows.item(i) instanceof Element row) {
				trs.add(row);
			}
		}
		JsonNode priorities = rollupJson.get("priorities");
		assertThat(trs).hasSize(priorities.size());
		for (int i = 0; i < trs.size(); i++) {
			List<String> cells = cells(trs.get(i));
			JsonNode counts = priorities.get(i).get("counts");
			assertThat(cells.get(0))
				.isEqualTo(priorities.get(i).get("id").asString() + ". " + priorities.get(i).get("title").asString());
			assertThat(cells.get(1)).isEqualToIgnoringCase(priorities.get(i).get("rag").asString());
			assertThat(cells.subList(2, 7)).containsExactly(counts.get("blue").asString(),
					counts.get("green").asString(), counts.get("amber").asString(), counts.get("red").asString(),
					counts.get("grey").asString());
		}
	}

	@Test
	void anIndicatorsValueTargetAndRagMatchTheRollup() {
		JsonNode a15 = null;
		for (JsonNode indicator : rollupJson.get("indicators")) {
			if (indicator.get("id").asString().equals("A15")) {
				a15 = indicator;
			}
		}
		Element row = rowStartingWith("A15 ");
		List<String> cells = cells(row);
		assertThat(cells.get(1)).isEqualTo(a15.get("valueText").asString());
		assertThat(cells.get(2)).isEqualTo(a15.get("target").asString());
		assertThat(cells.get(3)).isEqualToIgnoringCase(a15.get("rag").asString());
		Element badge = (Element) row.getElementsByTagName("span").item(1);
		assertThat(badge.getAttribute("class")).isEqualTo("rag rag-" + a15.get("rag").asString());
	}

	@Test
	void narrativeFromInputStaysText(@TempDir Path temp) throws Exception {
		// given a narrative whose recommendation holds markup
		Path programme = TestFolders.copy(Papers.BUNDLED, temp.resolve("bromley-csc-2016"));
		Files.writeString(programme.resolve("narrative/2017-10.md"),
				"## Recommendations\n\n1. Note <script>alert('x')</script> and <b>this</b>.\n", StandardCharsets.UTF_8);
		// when
		Path folder = Files.createDirectories(temp.resolve("out"));
		Papers.write(programme, Papers.rollup(programme, "2017-10"), folder);
		// then
		String text = Files.readString(folder.resolve("board-paper.html"));
		assertThat(text).doesNotContain("<script")
			.doesNotContain("<b>this</b>")
			.contains("Note &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; and &lt;b&gt;this&lt;/b&gt;.");
	}

	private static Element tableWithCaption(String caption) {
		NodeList captions = html.getElementsByTagName("caption");
		for (int i = 0; i < captions.getLength(); i++) {
			if (captions.item(i).getTextContent().equals(caption)) {
				return (Element) captions.item(i).getParentNode();
			}
		}
		throw new AssertionError("no table captioned " + caption);
	}

	/** The first row of a scorecard (in Appendix A) that starts with the text. */
	private static Element rowStartingWith(String text) {
		NodeList rows = html.getElementsByTagName("tr");
		for (int i = 0; i < rows.getLength(); i++) {
			Element table = (Element) rows.item(i).getParentNode().getParentNode();
			if (table.getAttribute("class").equals("scorecard")
					&& rows.item(i).getTextContent().strip().startsWith(text)) {
				return (Element) rows.item(i);
			}
		}
		throw new AssertionError("no row starts with " + text);
	}

	private static List<String> cells(Element row) {
		List<String> cells = new ArrayList<>();
		NodeList children = row.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element cell) {
				cells.add(cell.getTextContent().strip().replaceAll("\\s+", " "));
			}
		}
		return cells;
	}

	private static void collectHeadings(Element element, List<Integer> levels) {
		if (element.getTagName().matches("h[1-6]")) {
			levels.add(element.getTagName().charAt(1) - '0');
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child) {
				collectHeadings(child, levels);
			}
		}
	}

}
