package org.boardpack.render.board;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.boardpack.pack.TestPacks;
import org.boardpack.plan.Rag;
import org.boardpack.render.board.BoardPaper.ActionLine;
import org.boardpack.render.board.BoardPaper.PrioritySection;
import org.boardpack.render.exceptions.ExceptionReportRenderer;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the bundled programme's latest paper puts before the board: the same exception
 * counts as the exception report, every action off track or slipped in its priority,
 * commentary dated when it is not this period's, and ratings given with their reason as a
 * sentence.
 */
class BoardPaperAttentionTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@TempDir
	static Path out;

	static Rollup rollup;

	static BoardPaper paper;

	static String text;

	@BeforeAll
	static void write() throws Exception {
		rollup = Papers.rollup(Papers.BUNDLED, "2017-10");
		paper = Papers.write(Papers.BUNDLED, rollup, out);
		text = Papers.pdfText(out.resolve("board-paper.pdf"));
	}

	@Test
	void exceptionsInBriefAreTheExceptionReportsCoverLines() throws Exception {
		// given the exception report of the same period, as the pack prints it
		Path pdf = out.resolve("exception-report.pdf");
		new ExceptionReportRenderer().render(TestPacks.of(Papers.BUNDLED, rollup), out);
		String report = words(Papers.pdfText(pdf));

		// when the paper's exceptions in brief are read
		List<String> lines = paper.attention()
			.paras()
			.stream()
			.filter((p) -> p.kind().equals("numbered"))
			.flatMap((p) -> List.of(p.block().plainText().split("\n")).stream())
			.toList();

		// then each is a line of the report too, slipped actions and worsening runs
		// included, and the PDF shows them as lettered items
		assertThat(lines).anyMatch((l) -> l.contains("open actions that slipped or were re-baselined"))
			.anyMatch((l) -> l.contains("worsening for 2 periods in a row or more"));
		String exceptions = words(text.substring(text.indexOf("What needs the board\u2019s attention")));
		for (String line : lines) {
			assertThat(report).contains(words(line));
			assertThat(exceptions).containsPattern("[a-z]\\) " + java.util.regex.Pattern.quote(words(line)));
		}
	}

	/**
	 * The text with each run of spaces and line breaks as one space, as a sentence may
	 * wrap anywhere in a PDF.
	 */
	private static String words(String text) {
		return text.replaceAll("\\s+", " ");
	}

	@Test
	void offTrackListsEveryOpenAmberOrRedActionAndEverySlippedOneButNotAgainAsDueNext() {
		for (PriorityRollup priority : rollup.priorities()) {
			// given the priority's open amber or red actions, and its open actions whose
			// due date moved later
			List<String> expected = priority.actions()
				.stream()
				.filter((a) -> open(a) && (a.assessedRag() == Rag.AMBER || a.assessedRag() == Rag.RED || movedLater(a)))
				.map(ActionRollup::id)
				.toList();

			// when its section is read
			PrioritySection section = section(priority.id());

			// then all are under "Off track or slipped", and none of them is repeated
			// under "Due next period"
			assertThat(ids(section.offTrack())).as("priority %s", priority.id()).isEqualTo(expected);
			assertThat(ids(section.dueNext())).as("priority %s", priority.id()).noneMatch(expected::contains);
		}
		assertThat(ids(section("1").offTrack())).as("priority 1's amber actions").contains("1.4.4", "1.7.4");
	}

	@Test
	void aRevisedDueDateIsShownWithThePlansDate() {
		// given priority 1's open actions whose due date the lead moved later
		List<ActionRollup> revised = rollup.priorities()
			.get(0)
			.actions()
			.stream()
			.filter((a) -> open(a) && movedLater(a))
			.toList();

		// when its part of Appendix B is read
		int appendix = text.indexOf("Appendix B: ");
		String section = text.substring(text.indexOf("Priority 1: ", appendix), text.indexOf("Priority 2: ", appendix));

		// then each shows both dates
		assertThat(revised).hasSizeGreaterThan(1);
		for (ActionRollup action : revised) {
			String due = DAY.format(action.dueDate()) + ", revised to " + DAY.format(action.revisedDueDate());
			assertThat(line(action.id()).due()).isEqualTo(due);
			assertThat(section).as(action.id()).contains(due);
		}
	}

	@Test
	void commentaryFromAnEarlierReturnIsLabelledWithItsMonth() {
		// given actions off track whose latest commentary is from an earlier period's
		// return, and one whose is
		// from this period's
		List<ActionRollup> stale = actions().stream()
			.filter((a) -> hasCommentary(a) && !"2017-10".equals(a.lastUpdate()) && amberOrRed(a))
			.toList();
		ActionRollup current = actions().stream()
			.filter((a) -> hasCommentary(a) && "2017-10".equals(a.lastUpdate()) && amberOrRed(a))
			.findFirst()
			.orElseThrow();

		// when the paper shows them
		// then the earlier one says which month it is from; this period's is the lead's
		// update
		assertThat(stale).isNotEmpty();
		for (ActionRollup action : stale) {
			String month = YearMonth.parse(action.lastUpdate())
				.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
			assertThat(line(action.id()).commentaryLabel()).as(action.id()).isEqualTo("Latest update (" + month + ")");
			assertThat(text).contains("Latest update (" + month + "): " + firstWords(action.commentary()));
		}
		assertThat(line(current.id()).commentaryLabel()).isEqualTo("Lead\u2019s update");
		assertThat(text).contains("Lead\u2019s update: " + firstWords(current.commentary()));
	}

	@Test
	void eachRatingIsFollowedByItsReasonAsASentence() {
		// given the programme's and each priority's rating reasons
		// when the paper gives them
		// then each follows its RAG word, starting with a capital and ending with a full
		// stop
		String programme = rollup.programme().reason();
		assertThat(paper.overview().headline()).isEqualTo(capitalised(programme) + ".");
		assertThat(text).containsPattern("\\d\\.\\d The programme is rated " + rollup.programme().rag().word() + ". "
				+ java.util.regex.Pattern.quote(capitalised(programme) + "."));
		for (PriorityRollup priority : rollup.priorities()) {
			String sentence = capitalised(priority.reason()) + ".";
			assertThat(section(priority.id()).headline()).isEqualTo(sentence);
			assertThat(text).as("priority %s", priority.id())
				.contains("Rated " + priority.rag().word() + ". " + sentence);
		}
		assertThat(text).doesNotContain("Blue. all", "rated Red 7");
	}

	private static PrioritySection section(String id) {
		return paper.detail().stream().filter((p) -> p.id().equals(id)).findFirst().orElseThrow();
	}

	private static ActionLine line(String id) {
		return paper.detail()
			.stream()
			.flatMap((p) -> java.util.stream.Stream.of(p.completed(), p.offTrack(), p.dueNext()))
			.flatMap(List::stream)
			.filter((a) -> a.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("action " + id + " is not in the paper"));
	}

	private static List<ActionRollup> actions() {
		return rollup.priorities().stream().flatMap((p) -> p.actions().stream()).toList();
	}

	private static List<String> ids(List<ActionLine> lines) {
		return lines.stream().map(ActionLine::id).toList();
	}

	private static boolean open(ActionRollup action) {
		return !"complete".equals(action.status()) && !"cancelled".equals(action.status());
	}

	private static boolean amberOrRed(ActionRollup action) {
		return open(action) && (action.assessedRag() == Rag.AMBER || action.assessedRag() == Rag.RED);
	}

	private static boolean movedLater(ActionRollup action) {
		LocalDate plan = action.dueDate();
		LocalDate revised = action.revisedDueDate();
		return plan != null && revised != null && revised.isAfter(plan);
	}

	private static boolean hasCommentary(ActionRollup action) {
		return action.commentary() != null && !action.commentary().isBlank() && action.lastUpdate() != null;
	}

	private static String firstWords(String commentary) {
		String[] words = commentary.strip().split("\\s+");
		return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
	}

	private static String capitalised(String reason) {
		return Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
	}

}
