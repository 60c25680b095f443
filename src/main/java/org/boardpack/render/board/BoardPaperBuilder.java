package org.boardpack.render.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.boardpack.exceptions.ExceptionReport;
import org.boardpack.narrative.Block;
import org.boardpack.narrative.ImpactPanel;
import org.boardpack.narrative.Narrative;
import org.boardpack.narrative.Narrative.Section;
import org.boardpack.rating.ActionCategory;
import org.boardpack.input.Percent;
import org.boardpack.pack.Pack;
import org.boardpack.pack.RagPalette;
import org.boardpack.plan.Rag;
import org.boardpack.programme.PaperSettings;
import org.boardpack.rating.Dates;
import org.boardpack.rating.RatingSettings;
import org.boardpack.render.board.BoardPaper.Entry;
import org.boardpack.render.board.BoardPaper.ImpactGroup;
import org.boardpack.render.board.BoardPaper.Overview;
import org.boardpack.render.board.BoardPaper.Para;
import org.boardpack.render.board.BoardPaper.Part;
import org.boardpack.render.board.BoardPaper.PriorityLine;
import org.boardpack.render.board.BoardPaper.Status;
import org.boardpack.returns.ReturnsNotice;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.system.OutputFile;

/**
 * Makes the board paper's model from a pack: its roll-up, narrative, paper defaults and
 * exceptions. Every figure comes from the roll-up; every sentence of narrative from the
 * programme's own files. The body is numbered in the order it is built.
 */
public final class BoardPaperBuilder {

	private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	/** What the paper says of an impact panel entry nobody has written. */
	static final String NOT_STATED = "Not stated";

	private final Rollup rollup;

	private final Narrative narrative;

	private final PaperSettings defaults;

	private final RatingSettings ratings;

	private final RagPalette palette;

	private final ExceptionReport exceptions;

	private final boolean exceptionReportInFolder;

	private final ReturnsNotice returns;

	private final Numbering numbering = new Numbering();

	private final List<String> notApplicable = new ArrayList<>();

	/**
	 * The paper of a pack: its exceptions in brief are the exception report's, found by
	 * the same rules.
	 */
	public BoardPaperBuilder(Pack pack) {
		this.rollup = pack.rollup();
		this.narrative = pack.narrative();
		this.defaults = pack.settings().paper();
		this.ratings = pack.settings().ratings();
		this.palette = pack.palette();
		this.exceptions = pack.exceptions();
		this.exceptionReportInFolder = pack.includes(OutputFile.EXCEPTION_REPORT);
		this.returns = pack.returns();
	}

	public BoardPaper build() {
		ProgrammeRollup programme = this.rollup.programme();
		Scorecard scorecard = new Scorecard(this.rollup.indicators(), this.palette);
		PrioritySections sections = new PrioritySections(programme.period());
		List<BoardPaper.PrioritySection> detail = this.rollup.priorities()
			.stream()
			.map((p) -> sections.section(p, List.of(), false))
			.toList();
		List<BoardPaper.PrioritySection> appendix = this.defaults.actionAppendix()
				? this.rollup.priorities().stream().map((p) -> sections.section(p, List.of(), true)).toList()
				: List.of();
		Part reason = part(Section.REASON.heading(), "reason", this.narrative.section(Section.REASON));
		Part recommendations = part(Section.RECOMMENDATIONS.heading(), "recommendations",
				this.narrative.section(Section.RECOMMENDATIONS));
		Overview overview = overview(programme);
		// a paper to a committee named apart from the decision maker, such as a scrutiny
		// committee, asks for the Committee's attention
		boolean committee = value("committee", (paper) -> null, null) != null;
		BoardPaper.Attention attention = new Attention(this.numbering, this.exceptions, this.exceptionReportInFolder,
				committee)
			.build(detail, scorecard.keyIndicators(), dataQuality(programme));
		BoardPaper.Progress progress = new ProgressInBrief(this.numbering, this.narrative.priorities())
			.build(this.rollup.priorities(), detail);
		List<Part> others = this.narrative.others()
			.stream()
			.map((o) -> part(o.heading(), "section-" + anchor(o.heading()), o.blocks()))
			.filter((p) -> p != null)
			.toList();
		List<Part> implications = Section.implications()
			.stream()
			.map((s) -> part(s.heading(), "implications-" + s.name().toLowerCase(Locale.ROOT),
					this.narrative.section(s)))
			.filter((p) -> p != null)
			.toList();
		return new BoardPaper(title(programme), programme.authority(), programme.title(), programme.periodName(),
				Dates.longDay(programme.asAt()), programme.dataLabel(), front(programme), impact(), reason,
				recommendations, overview, attention, progress, others, implications, List.copyOf(this.notApplicable),
				background(), performance(scorecard), detail, appendix, value("marking", (paper) -> null, null));
	}

	/**
	 * A numbered section of narrative, or null after listing it as not applicable when it
	 * has no text.
	 */
	private Part part(String heading, String anchor, List<Block> blocks) {
		if (blocks.isEmpty()) {
			this.notApplicable.add(heading);
			return null;
		}
		return new Part(this.numbering.section(), heading, anchor, this.numbering.paras(blocks, 1));
	}

	static String anchor(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
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
		add(entries, "E-mail", value("contactEmail", PaperSettings::contactEmail, null));
		add(entries, "Telephone", value("contactTelephone", PaperSettings::contactTelephone, null));
		add(entries, "Chief officer", value("chiefOfficer", PaperSettings::chiefOfficer, null));
		add(entries, "Classification", value("classification", PaperSettings::classification, null));
		add(entries, "Ward", value("ward", PaperSettings::ward, null));
		add(entries, "Position as at", Dates.longDay(programme.asAt()));
		return entries;
	}

	/** The impact panel: every heading, with "Not stated" for an entry nobody gave. */
	private List<ImpactGroup> impact() {
		return ImpactPanel.HEADINGS.stream()
			.map((h) -> new ImpactGroup(h.title(), h.items()
				.stream()
				.map((i) -> new Entry(i.label(), value(i.key(), (paper) -> paper.impact().get(i.key()), NOT_STATED)))
				.toList()))
			.toList();
	}

	/** The background documents, one per entry separated by semicolons, or "None". */
	private List<String> background() {
		String documents = value("backgroundDocuments", PaperSettings::backgroundDocuments, "None");
		return List.of(documents.split("\\s*;\\s*")).stream().filter((d) -> !d.isBlank()).toList();
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
		String number = this.numbering.section();
		List<Para> paras = new ArrayList<>();
		Status status = Status.of(programme.rag());
		paras.add(this.numbering
			.sentence("The programme is rated " + status.word() + ". " + Status.sentence(programme.reason()), 1));
		paras.add(this.numbering.sentence(programme.direction().word() + " since last period: "
				+ programme.directionReason() + ". The plan is " + percent(programme.percentComplete())
				+ " complete, with " + percent(programme.percentTimeElapsed()) + " of its time elapsed.", 1));
		paras.addAll(this.numbering.paras(this.narrative.section(Section.COMMENTARY), 1));
		List<Entry> figures = new ArrayList<>();
		figures.add(new Entry("Actions in the plan", String.valueOf(programme.actions())));
		for (ActionCategory part : PriorityBarChart.ORDER) {
			String label = (part.rag() != null) ? part.word() + " (" + part.meaning() + ")" : part.word();
			figures.add(new Entry(label, String.valueOf(part.of(programme.counts()))));
		}
		figures.add(new Entry("Complete (mean of all actions)", percent(programme.percentComplete())));
		figures.add(new Entry("Programme time elapsed", percent(programme.percentTimeElapsed())));
		figures.add(new Entry("Rated actions on track or complete", percent(programme.percentOnTrack())));
		List<PriorityLine> lines = this.rollup.priorities()
			.stream()
			.map((p) -> new PriorityLine(p.id(), p.title(), Status.of(p.rag()), p.counts().blue(), p.counts().green(),
					p.counts().amber(), p.counts().red(), p.counts().grey(), p.counts().cancelled(), p.updatesMissing(),
					percent(p.percentComplete()), p.direction().word()))
			.toList();
		return new Overview(number, status, programme.reason(), Status.sentence(programme.reason()), paras,
				ColourKeys.of(this.ratings), programme.actions(), figures, lines,
				PriorityBarChart.draw(this.rollup.priorities(), this.palette));
	}

	/**
	 * What the paper says of the data behind it: missing updates, leads who have not
	 * returned, ratings to challenge and the roll-up's data-quality warnings (one measure
	 * under several codes, placeholders copied from the plan). Kept in one list, so every
	 * format prints the same lines in one place.
	 */
	private List<String> dataQuality(ProgrammeRollup programme) {
		List<String> lines = new ArrayList<>();
		lines.add("Updates missing this period: " + programme.updatesMissing() + ".");
		if (!this.returns.notReturned().isEmpty()) {
			lines.add("Leads who have not returned: " + this.returns.notReturnedLeads() + ".");
		}
		lines.add("Ratings to challenge, where the lead reports better than the dates support: " + programme.conflicts()
				+ ".");
		this.rollup.dataWarnings().forEach((warning) -> lines.add(warning.text()));
		return lines;
	}

	/**
	 * The appendix of indicators: the scorecards without the indicators that have neither
	 * a target nor a figure, which are listed once together instead.
	 */
	private BoardPaper.Performance performance(Scorecard scorecard) {
		List<BoardPaper.ScorecardGroup> groups = new ArrayList<>();
		List<Entry> unmeasured = new ArrayList<>();
		for (BoardPaper.ScorecardGroup group : scorecard.groups(this.rollup.priorities())) {
			List<BoardPaper.IndicatorLine> measured = new ArrayList<>();
			for (BoardPaper.IndicatorLine line : group.indicators()) {
				if (!line.unmeasured()) {
					measured.add(line);
				}
				else if (unmeasured.stream().noneMatch((e) -> e.label().equals(line.id()))) {
					unmeasured.add(new Entry(line.id(), line.title()));
				}
			}
			if (!measured.isEmpty()) {
				groups.add(new BoardPaper.ScorecardGroup(group.title(), group.anchor(), measured));
			}
		}
		return new BoardPaper.Performance(scorecard.keyIndicators(), groups, unmeasured);
	}

	/** A share as the reader sees it: never 100% while an action is still open. */
	static String percent(double value) {
		return Percent.shown(value);
	}

}
