package org.boardpack.render.exceptions;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.boardpack.pack.TestPacks;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.plan.Rag;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.render.PdfOutline;
import org.boardpack.render.PdfUa;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exception report of the bundled programme's latest period, checked against its
 * roll-up.
 */
class BundledExceptionReportTests {

	private static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	@TempDir
	static Path tempDir;

	private static Rollup rollup;

	private static Path pdf;

	private static PdfText text;

	@BeforeAll
	static void render() throws Exception {
		rollup = new RollupBuilder(ProgrammeReader.read(BUNDLED)).build(YearMonth.of(2017, 10));
		pdf = tempDir.resolve("exception-report.pdf");
		new ExceptionReportRenderer().render(TestPacks.of(BUNDLED, rollup), tempDir);
		text = PdfText.of(pdf);
	}

	@Test
	void everyRedOrOverdueActionIsListedOnceWithItsReason() {
		// given
		List<ActionRollup> offTrack = actions().stream()
			.filter((a) -> a.assessedRag() == Rag.RED || a.daysOverdue() > 0)
			.toList();

		// when
		PdfText section = text.between("1. Actions off track", "2. Slipped");

		// then
		assertThat(offTrack).isNotEmpty();
		for (ActionRollup action : offTrack) {
			assertThat(section.countId(action.id())).as("action %s", action.id()).isEqualTo(1);
			assertThat(section.toString()).contains(capitalised(action.assessedReason()));
		}
	}

	@Test
	void commentaryFromAnEarlierReturnIsLabelledWithItsMonth() {
		// given listed actions whose latest commentary came in an earlier period's return
		List<ActionRollup> stale = actions().stream()
			.filter((a) -> a.updateMissing() && a.lastUpdate() != null && a.commentary() != null
					&& !a.commentary().isBlank() && (a.assessedRag() == Rag.RED || a.daysOverdue() > 0))
			.toList();

		// when
		PdfText section = text.between("1. Actions off track", "2. Slipped");

		// then each says which month it is from, not that it is this period's
		assertThat(stale).isNotEmpty();
		for (ActionRollup action : stale) {
			String month = YearMonth.parse(action.lastUpdate())
				.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
			String[] words = action.commentary().strip().split("\\s+");
			String start = String.join(" ", Arrays.copyOf(words, Math.min(3, words.length)));
			assertThat(section.toString()).as(action.id()).contains("Latest update (" + month + "): " + start);
		}
	}

	@Test
	void everyRedIndicatorIsListedOnceWithItsReason() {
		// given
		List<IndicatorRollup> red = rollup.indicators().stream().filter((i) -> i.rag() == Rag.RED).toList();

		// when
		PdfText section = text.between("5. Indicators", "6. By lead officer");

		// then
		assertThat(red).isNotEmpty();
		for (IndicatorRollup indicator : red) {
			assertThat(section.countId(indicator.id())).as("indicator %s", indicator.id()).isEqualTo(1);
			assertThat(section.toString()).contains(capitalised(indicator.reason()));
		}
	}

	@Test
	void missingUpdatesAreListedUnderTheirLeadWithTheirRun() {
		// given
		Map<String, List<ActionRollup>> byLead = actions().stream()
			.filter(ActionRollup::updateMissing)
			.collect(Collectors.groupingBy(ActionRollup::lead));

		// when
		PdfText section = text.between("4. Missing updates", "5. Indicators");

		// then
		assertThat(byLead).isNotEmpty();
		Map<String, Integer> headings = new HashMap<>();
		byLead.forEach((lead, actions) -> headings.put(lead,
				section.toString().indexOf(heading(lead, actions.get(0).leadTitle()))));
		assertThat(headings).doesNotContainValue(-1);
		List<Integer> starts = new ArrayList<>(headings.values());
		starts.sort(Comparator.naturalOrder());
		byLead.forEach((lead, actions) -> {
			int start = headings.get(lead);
			int end = starts.stream().filter((s) -> s > start).findFirst().orElse(section.toString().length());
			PdfText group = new PdfText(section.toString().substring(start, end));
			for (ActionRollup action : actions) {
				assertThat(group.countId(action.id())).as("action %s under %s", action.id(), lead).isEqualTo(1);
			}
		});
		assertThat(actions().stream().filter((a) -> !a.updateMissing()))
			.allSatisfy((a) -> assertThat(section.countId(a.id())).as("action %s", a.id()).isZero());
	}

	@Test
	void conflictsAreOnTheChallengeListAndOnEachOfTheirLeadsLists() {
		// given
		List<ActionRollup> conflicts = actions().stream().filter(ActionRollup::conflict).toList();

		// when
		PdfText challenge = text.between("3. Challenge list", "4. Missing updates");

		// then
		assertThat(conflicts).isNotEmpty();
		for (ActionRollup action : conflicts) {
			assertThat(challenge.countId(action.id())).isEqualTo(1);
			assertThat(challenge.toString()).contains(capitalised(action.derivedReason()));
			PdfText lead = text.between(action.leadTitle() + " (" + action.lead() + ") Exceptions for", "Page ");
			assertThat(lead.toString()).contains(action.id(), "To challenge: the lead reported "
					+ action.reportedRag().word() + "; the dates say " + action.derivedRag().word());
		}
	}

	@Test
	void everySectionAndEveryLeadHasABookmark() throws Exception {
		// when
		List<Map<String, Object>> outline = PdfOutline.of(pdf);

		// then the bundled plan's placeholders ("X%" and others) are data-quality
		// warnings
		assertThat(outline).extracting((b) -> b.get("Title"))
			.containsExactly("Summary", "Data quality", "1. Actions off track", "2. Slipped and re-baselined actions",
					"3. Challenge list", "4. Missing updates", "5. Indicators", "6. By lead officer");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> leads = (List<Map<String, Object>>) outline.get(7).get("Kids");
		List<String> expected = listedLeads();
		assertThat(leads).extracting((b) -> (String) b.get("Title"))
			.hasSize(expected.size())
			.allSatisfy((title) -> assertThat(expected)
				.anySatisfy((lead) -> assertThat(title).satisfiesAnyOf((t) -> assertThat(t).endsWith("(" + lead + ")"),
						(t) -> assertThat(t).isEqualTo(lead))));
	}

	/**
	 * Each lead with an action or an indicator (through its priority) that the default
	 * rules list.
	 */
	private static List<String> listedLeads() {
		Map<String, String> priorityLeads = rollup.priorities()
			.stream()
			.collect(Collectors.toMap((p) -> p.id(), (p) -> p.lead()));
		List<String> leads = new ArrayList<>();
		actions().stream()
			.filter((a) -> a.assessedRag() == Rag.RED || a.daysOverdue() > 0 || a.conflict() || a.updateMissing()
					|| (!List.of("complete", "cancelled").contains(a.status()) && a.revisedDueDate() != null
							&& a.revisedDueDate().isAfter(a.dueDate())))
			.forEach((a) -> leads.add(a.lead()));
		rollup.indicators()
			.stream()
			.filter((i) -> i.rag() == Rag.RED || i.periodsWorsening() >= 2
					|| (i.value() == null && i.previousValue() != null))
			.flatMap((i) -> i.priorityIds().stream())
			.forEach((id) -> leads.add(priorityLeads.get(id)));
		return leads.stream()
			.flatMap((lead) -> List.of(lead.split("/")).stream())
			.map(String::strip)
			.distinct()
			.toList();
	}

	@Test
	void everyPageHasTheRunningHeaderAndPageXOfY() throws Exception {
		// when
		int pages;
		Map<String, String> info;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			pages = document.getNumberOfPages();
			info = Map.of("Title", document.getDocumentInformation().getTitle(), "Author",
					document.getDocumentInformation().getAuthor());
		}

		// then
		String header = "Children's Service Improvement Action Plan · October 2017 · Exception report";
		assertThat(text.count(header)).isEqualTo(pages);
		assertThat(text.toString()).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
		assertThat(text.count(rollup.programme().dataLabel())).isGreaterThanOrEqualTo(pages);
		assertThat(info)
			.containsEntry("Title", "Exception report: Children's Service Improvement Action Plan, October 2017")
			.containsEntry("Author", "London Borough of Bromley");
	}

	private static List<ActionRollup> actions() {
		return rollup.priorities().stream().flatMap((p) -> p.actions().stream()).toList();
	}

	private static String heading(String lead, String title) {
		return title.isEmpty() || title.equals(lead) ? lead : lead + ": " + title;
	}

	private static String capitalised(String reason) {
		return Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
	}

	@Test
	void isTaggedPdfUaAsVeraPdfChecksIt() {
		PdfUa.assertConforms(pdf);
	}

}
