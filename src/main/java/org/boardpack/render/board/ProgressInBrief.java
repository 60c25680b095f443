package org.boardpack.render.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.boardpack.narrative.Block;
import org.boardpack.input.Counted;
import org.boardpack.render.board.BoardPaper.ActionLine;
import org.boardpack.render.board.BoardPaper.Para;
import org.boardpack.render.board.BoardPaper.PriorityBrief;
import org.boardpack.render.board.BoardPaper.PrioritySection;
import org.boardpack.rollup.PriorityRollup;

/**
 * Progress by priority in brief: for each priority a numbered sub-heading, its rating
 * with the reason, its figures, which actions were completed, are off track or fall due
 * next (by number; the detail is in Appendix B), and the narrative written for it.
 */
final class ProgressInBrief {

	static final String HEADING = "Progress by priority";

	private final Numbering numbering;

	private final Map<String, List<Block>> narrative;

	ProgressInBrief(Numbering numbering, Map<String, List<Block>> narrative) {
		this.numbering = numbering;
		this.narrative = narrative;
	}

	BoardPaper.Progress build(List<PriorityRollup> priorities, List<PrioritySection> detail) {
		String number = this.numbering.section();
		List<PriorityBrief> briefs = new ArrayList<>();
		for (int i = 0; i < priorities.size(); i++) {
			briefs.add(brief(priorities.get(i), detail.get(i)));
		}
		return new BoardPaper.Progress(number, briefs);
	}

	private PriorityBrief brief(PriorityRollup priority, PrioritySection section) {
		String number = this.numbering.paragraph();
		List<Para> paras = new ArrayList<>();
		paras.add(this.numbering.sentence("Rated " + section.status().word() + ". " + section.headline() + " "
				+ section.direction() + ": " + section.directionReason() + ".", 2));
		StringBuilder figures = new StringBuilder("Lead officer: " + section.lead() + ". " + section.counts() + "; "
				+ section.percentComplete() + " complete");
		if (section.updatesMissing() > 0) {
			figures.append("; ").append(Counted.of(section.updatesMissing(), "update")).append(" missing");
		}
		figures.append(".");
		figures.append(list(" Completed this period: ", section.completed()));
		figures.append(list(" At risk, off track or slipped: ", section.offTrack()));
		figures.append(list(" Due next period: ", section.dueNext()));
		if (!section.completed().isEmpty() || !section.offTrack().isEmpty() || !section.dueNext().isEmpty()) {
			figures.append(" Each is listed with its reason in Appendix B.");
		}
		paras.add(this.numbering.sentence(figures.toString(), 2));
		paras.addAll(this.numbering.paras(this.narrative.getOrDefault(priority.id(), List.of()), 2));
		return new PriorityBrief(number, priority.id(), section.anchor(), priority.title(), section.status(), paras);
	}

	private static String list(String label, List<ActionLine> actions) {
		return actions.isEmpty() ? ""
				: label + actions.stream().map(ActionLine::id).collect(Collectors.joining(", ")) + ".";
	}

}
