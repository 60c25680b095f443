package org.boardpack.committee;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.boardpack.narrative.Narrative;
import org.boardpack.narrative.NarrativeReader;
import org.boardpack.plan.Priority;
import org.boardpack.programme.ProgrammeInput;

/**
 * A committee's own words for one meeting,
 * {@code narrative/committees/<committee>/<YYYY-MM-DD>.md}, written like a month's
 * narrative: its front-block entries and sections replace the month's, as a scrutiny
 * committee is asked to do something other than what the board is asked.
 */
public final class CommitteeNarrative {

	/** Where a programme keeps its committees' narratives, one folder per committee. */
	static final String FOLDER = NarrativeReader.FOLDER + "/committees";

	private CommitteeNarrative() {
	}

	/**
	 * The meeting's narrative, or {@link Narrative#NONE} when there is none.
	 * @throws org.boardpack.input.InvalidInputException listing every problem in the file
	 */
	public static Narrative read(Path programmeFolder, ProgrammeInput input, CommitteeMeeting meeting)
			throws IOException {
		return NarrativeReader.readFile(programmeFolder,
				FOLDER + "/" + meeting.committee().id() + "/" + meeting.date() + ".md",
				input.priorities().stream().map(Priority::id).collect(Collectors.toSet()));
	}

}
