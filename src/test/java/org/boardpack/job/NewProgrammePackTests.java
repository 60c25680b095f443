package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import org.boardpack.programme.ProgrammeReader;
import org.boardpack.programme.ProgrammeSkeleton;
import org.boardpack.plan.Rag;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme {@code init} makes runs at once, saying how far it has got, and its pack
 * opens with an index.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class NewProgrammePackTests extends PackTestSupport {

	private static final YearMonth PERIOD = YearMonth.of(2026, 11);

	@Autowired
	private MonthlyPackLauncher launcher;

	@Test
	void aNewProgrammeGivesAFullPackWithOneActionOfEachKindAndAnIndexInTheManifest(CapturedOutput output)
			throws Exception {
		// given
		Path folder = Files.createTempDirectory("new-programme").resolve("new-plan");
		ProgrammeSkeleton.write(folder, PERIOD);

		// when
		Path pack = this.launcher.run(PackRequest.of(folder, ProgrammeReader.read(folder), PERIOD, false));

		// then
		assertThat(Files.list(pack).map((p) -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html",
				"board-paper.html", "board-paper.pdf", "board-paper.docx", "exception-report.pdf", "rag-tracker.xlsx",
				"rollup.json", "manifest.json");
		Rollup rollup = RollupJson.read(pack.resolve("rollup.json"));
		Map<String, Rag> rags = rollup.priorities()
			.stream()
			.flatMap((p) -> p.actions().stream())
			.collect(Collectors.toMap(ActionRollup::id, ActionRollup::assessedRag));
		assertThat(rags).containsEntry("1.1.1", Rag.BLUE)
			.containsEntry("1.1.2", Rag.GREEN)
			.containsEntry("2.1.1", Rag.RED)
			.containsEntry("2.1.2", Rag.GREY)
			.containsEntry("3.1.1", Rag.AMBER);
		assertThat(rollup.programme().updatesMissing()).isEqualTo(1);
		assertThat(Files.readString(pack.resolve("index.html"))).contains("<li>1 action has no update this period;",
				"<li>The figures are labelled “Example data: replace before sharing”.</li>");
		JsonNode manifest = RollupJson.MAPPER.readTree(pack.resolve("manifest.json").toFile());
		assertThat(manifest.get("outputs").valueStream().map((n) -> n.get("file").asString())).contains("index.html");
		assertThat(output.getAll())
			.contains("new-plan 2026-11 [1/4] read 11 files: 3 priorities, 6 actions, "
					+ "3 indicators, 1 monthly return")
			.contains("new-plan 2026-11 [2/4] rated 6 actions and 3 indicators: the programme is Red")
			.contains("new-plan 2026-11 [3/4] writing document 6 of 6: ")
			.contains("new-plan 2026-11 [3/4] wrote 6 documents")
			.contains("new-plan 2026-11 [4/4] published the pack to " + pack);
	}

}
