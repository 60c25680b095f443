package org.boardpack.pack;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.boardpack.exceptions.ExceptionFinder;
import org.boardpack.exceptions.ExceptionReport;
import org.boardpack.narrative.Narrative;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.returns.ReturnsNotice;
import org.boardpack.rollup.Rollup;
import org.boardpack.system.OutputFile;

/**
 * Everything the documents of one pack are drawn from, made once and handed to every
 * renderer: the period's roll-up, the programme's settings as stored for the run, the
 * narrative, the exceptions found by the programme's rules, the palette and the
 * templates, and which documents to write. A committee's paper is the same pack with the
 * committee's narrative laid over the month's ({@link #forCommittee}).
 *
 * @param outputs the documents to write, as the programme's (or the committee's) outputs
 * setting says
 */
public record Pack(Rollup rollup, ProgrammeSettings settings, Narrative narrative, ExceptionReport exceptions,
		RagPalette palette, Templates templates, Set<OutputFile> outputs) {

	public Pack {
		outputs = Set.copyOf(outputs);
	}

	/**
	 * The pack of a period: its exceptions found by the settings' rules, its palette from
	 * the templates.
	 */
	public static Pack of(Rollup rollup, ProgrammeSettings settings, Narrative narrative, Templates templates) {
		Set<OutputFile> outputs = EnumSet.noneOf(OutputFile.class);
		for (OutputFile file : OutputFile.values()) {
			if (settings.writes(file.fileName())) {
				outputs.add(file);
			}
		}
		return new Pack(rollup, settings, narrative, ExceptionFinder.find(rollup, settings.exceptions()),
				templates.palette(), templates, outputs);
	}

	/**
	 * This pack as a committee's paper: the committee's narrative (with its front block)
	 * over the month's, and only the documents the committee takes.
	 */
	public Pack forCommittee(Narrative committeeNarrative, Collection<OutputFile> committeeOutputs) {
		return new Pack(this.rollup, this.settings, committeeNarrative.over(this.narrative), this.exceptions,
				this.palette, this.templates, EnumSet.copyOf(committeeOutputs));
	}

	/** Whether the pack includes this document. */
	/** Which leads have returned this period, for the papers to say. */
	public ReturnsNotice returns() {
		return ReturnsNotice.of(this.rollup, this.settings::leadTitle);
	}

	public boolean includes(OutputFile file) {
		return this.outputs.contains(file);
	}

	/**
	 * What every page says above its running header when the paper is not for
	 * publication, e.g. "Part Two – Exempt: not for publication"; null for a public
	 * paper.
	 */
	public String marking() {
		String marking = this.narrative.front().get("marking");
		return (marking != null && !marking.isBlank()) ? marking : null;
	}

}
