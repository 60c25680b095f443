package org.boardpack.render.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.boardpack.exceptions.ExceptionReport;
import org.boardpack.narrative.Block;
import org.boardpack.narrative.Narrative;
import org.boardpack.programme.PaperSettings;
import org.boardpack.rating.ActionCategory;
import org.boardpack.rating.Dates;
import org.boardpack.rating.Percent;
import org.boardpack.pack.Pack;
import org.boardpack.pack.RagPalette;
import org.boardpack.render.board.BoardPaper.Entry;
import org.boardpack.render.board.BoardPaper.Implication;
import org.boardpack.render.board.BoardPaper.Overview;
import org.boardpack.render.board.BoardPaper.PriorityLine;
import org.boardpack.render.board.BoardPaper.Status;
import org.boardpack.narrative.Narrative.Section;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.rollup.Rollup;

/**
 * Makes the board paper's model from a pack: its roll-up, narrative, paper defaults and
 * exceptions. Every figure comes from the roll-up; every sentence of narrative from the
 * programme's own files.
 */
public final class BoardPaperBuilder {

	private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final Rollup rollup;

	private final Narrative narrative;

	private final PaperSettings defaults;

	private final RagPalette palette;

	private final ExceptionReport exceptions;

	/**
	 * The paper of a pack: its exceptions in brief are the exception report's, found by
	 * the same rules.
	 */
	public BoardPaperBuilder(Pack pack) {
		this.rollup = pack.rollup();
		this.narrative = pack.narrative();
		this.defaults = pack.settings().paper();
		this.palette = pack.palette();
		this.exceptions = pack.exceptions();
	}

	public BoardPaper build() {
		ProgrammeRollup programme = this.rollup.programme();
		Scorecard scorecard = new Scorecard(this.rollup.indicators(), this.palette);
		PrioritySections sections = new PrioritySections(programme.period());
		List<BoardPaper.PrioritySection> priorities = new ArrayList<>();
		for (PriorityRollup priority : this.rollup.priorities()) {
			priorities.add(sections.section(priority,
					this.narrative.priorities().getOrDefault(priority.id(), List.of()), false));
		}
		List<BoardPaper.PrioritySection> appendix = this.defaults.actionAppendix()
				? this.rollup.priorities().stream().map((p) -> sections.section(p, List.of(), true)).toList()
				: List.of();
		return new BoardPaper(title(programme), programme.authority(), programme.title(), programme.periodName(),
				Dates.longDay(programme.asAt()), programme.dataLabel(), front(programme),
				this.narrative.section(Section.REASON), this.narrative.section(Section.RECOMMENDATIONS),
				overview(programme), priorities, scorecard.keyIndicators(), scorecard.groups(this.rollup.priorities()),
				Exceptions.of(this.exceptions), implications(), appendix, value("marking", (paper) -> null, null));
	}

	private String title(ProgrammeRollup programme) {
		return value("title", PaperSettings::title,
				programme.title() + ": progress report for " + programme.periodName());
	}

	private List<Entry> front(ProgrammeRollup programme) {
		List<Entry> entries = new ArrayList<>();
		add(entries, "Report number", value("reportNumber", PaperSettings::reportNumber, null));
		add(entries, "Decision maker", value("decisionMaker", PaperSettings::decisionMaker, programme.board()));
		String meeting = this.narrative.front().get("meetingDate");
		add(entries, "Committee", value("committee", (paper) -> null, null));
		add(entries, "Date of meeting", (meeting != null) ? MEETING.format(LocalDate.parse(meeting)) : null);
		add(entries, "Decision type", value("decisionType", (paper) -> null, null));
		add(entries, "Title", title(programme));
		add(entries, "Contact officer", value("contactOfficer", PaperSettings::contactOfficer, null));
		add(entries, "Chief officer", value("chiefOfficer", PaperSettings::chiefOfficer, null));
		add(entries, "Classification", value("classification", PaperSettings::classification, null));
		add(entries, "Ward", value("ward", PaperSettings::ward, null));
		add(entries, "Position as at", Dates.longDay(programme.asAt()));
		return entries;
	}

	/**
	 * The narrative's entry, else the programme's default, else the fallback (which may
	 * be null).
	 */
	private String value(String key, Function<PaperSettings, String> setting, String fallback) {
		String given = this.narrative.front().get(key);
		if (given != null && !given.isBlank()) {
			return given;
		}
		String preset = setting.apply(this.defaults);
		return (preset != null && !preset.isBlank()) ? preset : fallback;
	}

	private static void add(List<Entry> entries, String label, String value) {
		if (value != null && !value.isBlank()) {
			entries.add(new Entry(label, value));
		}
	}

	private Overview overview(ProgrammeRollup programme) {
		List<Entry> counts = new ArrayList<>();
		for (ActionCategory part : PriorityBarChart.ORDER) {
			String label = (part.rag() != null) ? part.word() + " (" + part.meaning() + ")" : part.word();
			counts.add(new Entry(label, String.valueOf(part.of(programme.counts()))));
		}
		List<PriorityLine> lines = this.rollup.priorities()
			.stream()
			.map((p) -> new PriorityLine(p.id(), p.title(), Status.of(p.rag()), p.counts().blue(), p.counts().green(),
					p.counts().amber(), p.counts().red(), p.counts().grey(), p.counts().cancelled(), p.updatesMissing(),
					percent(p.percentComplete()), p.direction().word()))
			.toList();
		return new Overview(Status.of(programme.rag()), programme.reason(), Status.sentence(programme.reason()),
				programme.direction().word(), programme.directionReason(), programme.actions(), counts,
				percent(programme.percentComplete()), percent(programme.percentTimeElapsed()),
				percent(programme.percentOnTrack()), programme.updatesMissing(), programme.conflicts(),
				this.narrative.section(Section.COMMENTARY), lines,
				PriorityBarChart.draw(this.rollup.priorities(), this.palette));
	}

	private List<Implication> implications() {
		Map<Section, List<Block>> given = this.narrative.sections();
		return Section.implications()
			.stream()
			.filter((s) -> !given.getOrDefault(s, List.of()).isEmpty())
			.map((s) -> new Implication(s.heading(), "implications-" + s.name().toLowerCase(Locale.ROOT), given.get(s)))
			.toList();
	}

	/** A share as the reader sees it: never 100% while an action is still open. */
	static String percent(double value) {
		return Percent.shown(value);
	}

}
