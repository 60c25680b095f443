package org.boardpack.render.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.boardpack.pack.Pack;
import org.boardpack.input.Counted;
import org.boardpack.rating.Dates;
import org.boardpack.input.Percent;
import org.boardpack.rating.Direction;
import org.boardpack.plan.Rag;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.system.OutputFile;

/**
 * What {@code index.html} says: the pack's documents with what each is for, the overall
 * position in two sentences, and what a reader should know about the data before trusting
 * it. Made from the roll-up alone.
 *
 * @param title the page's title, e.g. "Board pack: Children's Service Improvement Action
 * Plan, October 2017"
 * @param position the overall position, two sentences
 * @param documents the files of this pack, the one to open first first
 * @param warnings the data-quality warnings; empty when there are none
 */
public record PackIndex(String title, String authority, String board, String asAt, Rag rag, List<String> position,
		List<Document> documents, List<String> warnings) {

	/** One file of the pack and who it is for. */
	public record Document(OutputFile output, String name, String purpose) {

		/** The file's name in the pack folder, which the page links to. */
		public String file() {
			return this.output.fileName();
		}

	}

	/** Every file a pack may hold, in the order a reader should meet them. */
	private static final List<Document> DOCUMENTS = List.of(
			new Document(OutputFile.BOARD_PAPER_PDF, "Board paper (PDF)",
					"Start here: the report the board reads, to print or read on screen, with every rating explained."),
			new Document(OutputFile.BOARD_PAPER_HTML, "Board paper (web page)",
					"The same paper as one accessible web page, for screen readers and the council's website."),
			new Document(OutputFile.BOARD_PAPER_DOCX, "Board paper (Word)",
					"The same paper for clerks and report authors to edit before it is published."),
			new Document(OutputFile.EXCEPTION_REPORT, "Exception report (PDF)",
					"Only what needs the board's attention: off-track, slipped and challenged actions, missing "
							+ "updates and indicators off target, by priority and by lead officer."),
			new Document(OutputFile.TRACKER, "RAG tracker (Excel)",
					"The tracker the improvement team works from; leads fill in its shaded columns as next month's return."),
			new Document(OutputFile.ROLLUP, "Roll-up (JSON)",
					"Every rating and its reason, for dashboards and other tools."),
			new Document(OutputFile.MANIFEST, "Manifest (JSON)",
					"What the pack holds and which input files it was made from, with their checksums."));

	static PackIndex of(Pack pack) {
		Rollup rollup = pack.rollup();
		ProgrammeRollup programme = rollup.programme();
		List<Document> documents = DOCUMENTS.stream().filter((d) -> pack.includes(d.output())).toList();
		return new PackIndex("Board pack: " + programme.title() + ", " + programme.periodName(), programme.authority(),
				programme.board(), Dates.longDay(programme.asAt()), programme.rag(), position(rollup), documents,
				warnings(rollup));
	}

	private static List<String> position(Rollup rollup) {
		ProgrammeRollup programme = rollup.programme();
		String first = "Overall the programme is rated %s as at %s: %s.".formatted(programme.rag().word(),
				Dates.longDay(programme.asAt()), programme.reason());
		long meeting = rollup.indicators().stream().filter((i) -> i.rag() == Rag.GREEN).count();
		long rated = rollup.indicators().stream().filter((i) -> i.rag() != Rag.GREY).count();
		String second = ("%d of %s %s complete (%s), with %s of the programme's time gone; %d of the %s "
				+ "rated this month %s their target, and the overall rating shows %s since last period.")
			.formatted(programme.counts().blue(), Counted.of(programme.actions(), "action"),
					Counted.is(programme.counts().blue()), Percent.shown(programme.percentComplete()),
					Percent.shown(programme.percentTimeElapsed()), meeting, Counted.of(rated, "indicator"),
					(meeting == 1) ? "meets" : "meet", direction(programme.direction()));
		return List.of(first, second);
	}

	private static String direction(Direction direction) {
		return (direction == Direction.NOT_AVAILABLE) ? "no comparison (no returns last period)"
				: direction.word().toLowerCase(Locale.UK);
	}

	private static List<String> warnings(Rollup rollup) {
		ProgrammeRollup programme = rollup.programme();
		List<String> warnings = new ArrayList<>();
		if (programme.dataLabel() != null && !programme.dataLabel().isBlank()) {
			warnings.add("The figures are labelled \u201c" + programme.dataLabel() + "\u201d.");
		}
		count(warnings, programme.updatesMissing(),
				"action has no update this period; its last known position is shown.",
				"actions have no update this period; their last known position is shown.");
		count(warnings, programme.conflicts(),
				"action is reported better than its dates and progress support (see the exception report's challenge list).",
				"actions are reported better than their dates and progress support (see the exception report's "
						+ "challenge list).");
		count(warnings, indicators(rollup, (i) -> i.value() == null), "indicator has no figure for this period.",
				"indicators have no figure for this period.");
		count(warnings, indicators(rollup, (i) -> i.target() == null && !"none".equals(i.polarity())),
				"indicator has no target for the year (TBC), so it is not rated.",
				"indicators have no target for the year (TBC), so they are not rated.");
		rollup.dataWarnings().forEach((warning) -> warnings.add(warning.text()));
		return warnings;
	}

	private static int indicators(Rollup rollup, Predicate<IndicatorRollup> test) {
		return (int) rollup.indicators().stream().filter(test).count();
	}

	private static void count(List<String> warnings, int count, String one, String many) {
		if (count > 0) {
			warnings.add(count + " " + ((count == 1) ? one : many));
		}
	}

}
