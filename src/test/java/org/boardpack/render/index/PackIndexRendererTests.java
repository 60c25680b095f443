package org.boardpack.render.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.TestFolders;
import org.boardpack.pack.TestPacks;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** index.html as a member opening the pack folder reads it. */
class PackIndexRendererTests {

	private static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	private static final YearMonth LATEST = YearMonth.of(2017, 10);

	private final PackIndexRenderer renderer = new PackIndexRenderer();

	@TempDir
	Path temp;

	@Test
	void theIndexIsAnAccessiblePageListingEveryDocumentWithWhatItIsFor() throws Exception {
		// when
		String html = render(BUNDLED);

		// then
		assertThat(html).contains("<html lang=\"en-GB\">", "<main>", "</main>",
				"<title>Board pack: Children&#39;s Service Improvement Action Plan, October 2017</title>",
				"<h1>Board pack: Children&#39;s Service Improvement Action Plan, October 2017</h1>",
				"<th scope=\"col\">Document</th>");
		assertThat(links(html)).containsExactly("board-paper.pdf", "board-paper.html", "board-paper.docx",
				"exception-report.pdf", "rag-tracker.xlsx", "rollup.json", "manifest.json");
		assertThat(html).contains("<a href=\"board-paper.docx\">Board paper (Word)</a></th><td>The same paper for "
				+ "clerks and report authors to edit before it is published.</td>");
	}

	@Test
	void theIndexGivesTheOverallPositionInTwoSentencesAndTheDataQualityWarnings() throws Exception {
		// given
		Rollup rollup = new RollupBuilder(ProgrammeReader.read(BUNDLED)).build(LATEST);

		// when
		String html = render(BUNDLED);

		// then
		assertThat(html).contains("Overall position: <span class=\"rag rag-red\">Red</span>")
			.contains("<p>Overall the programme is rated Red as at 31 October 2017: " + rollup.programme().reason()
					+ ".</p>")
			.contains("<p>" + rollup.programme().counts().blue() + " of 307 actions are complete (99%), with 100% of "
					+ "the programme&#39;s time gone;")
			.contains("<li>The figures are labelled “Illustrative: real plan, generated returns and figures”.</li>")
			.contains("<li>" + rollup.programme().updatesMissing() + " actions have no update this period; their last "
					+ "known position is shown.</li>")
			.contains("<li>1 action is reported better than its dates and progress support");
	}

	@Test
	void aPackOfTheTrackerOnlyListsTheTrackerBesideTheRollupAndManifest() throws Exception {
		// given
		Path copy = TestFolders.copy(BUNDLED, this.temp.resolve("tracker-only"));
		Path yml = copy.resolve("programme.yml");
		Files.writeString(yml,
				Files.readString(yml).replace("id: bromley-csc-2016", "id: tracker-only") + "outputs: [tracker]\n");

		// when
		String html = render(copy);

		// then
		assertThat(links(html)).containsExactly("rag-tracker.xlsx", "rollup.json", "manifest.json");
	}

	private String render(Path programme) throws Exception {
		Rollup rollup = new RollupBuilder(ProgrammeReader.read(programme)).build(LATEST);
		Path folder = Files.createDirectories(this.temp.resolve("pack-" + programme.getFileName()));
		this.renderer.render(TestPacks.of(programme, rollup), folder);
		return Files.readString(folder.resolve("index.html"));
	}

	private static List<String> links(String html) {
		Matcher matcher = Pattern.compile("<a href=\"([^\"]+)\">").matcher(html);
		return matcher.results().map((m) -> m.group(1)).toList();
	}

}
