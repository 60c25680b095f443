package org.boardpack.programme;

/**
 * The board paper's defaults under {@code paper:} in {@code programme.yml}: the
 * front-block entries that stay the same from month to month, used wherever a month's
 * narrative does not give its own. An entry left out here and in the narrative is left
 * out of the paper.
 *
 * @param decisionMaker the board or committee the paper goes to; the programme's board
 * when not set
 * @param actionAppendix whether the paper ends with the full action list by priority
 */
public record PaperSettings(String reportNumber, String decisionMaker, String title, String contactOfficer,
		String chiefOfficer, String classification, String ward, Boolean actionAppendix) {

	public static final PaperSettings NONE = new PaperSettings(null, null, null, null, null, null, null, false);

	public PaperSettings {
		actionAppendix = Boolean.TRUE.equals(actionAppendix);
	}

}
