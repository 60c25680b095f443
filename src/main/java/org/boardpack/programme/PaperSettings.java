package org.boardpack.programme;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The board paper's defaults under {@code paper:} in {@code programme.yml}: the
 * front-block entries that stay the same from month to month, used wherever a month's
 * narrative does not give its own. An entry left out here and in the narrative is left
 * out of the paper.
 *
 * @param decisionMaker the board or committee the paper goes to; the programme's board
 * when not set
 * @param backgroundDocuments the documents a reader may ask the contact officer for,
 * separated by semicolons; "None" when not set
 * @param impact the impact panel's entries by their keys (see
 * {@link org.boardpack.narrative.ImpactPanel}), such as {@code policyStatus}
 * @param actionAppendix whether the paper ends with the full action list by priority
 */
public record PaperSettings(String reportNumber, String decisionMaker, String title, String contactOfficer,
		String contactEmail, String contactTelephone, String chiefOfficer, String classification, String ward,
		String backgroundDocuments, Map<String, String> impact, Boolean actionAppendix) {

	public static final PaperSettings NONE = new PaperSettings(null, null, null, null, null, null, null, null, null,
			null, null, false);

	public PaperSettings {
		impact = (impact != null) ? new LinkedHashMap<>(impact) : Map.of();
		impact = Map.copyOf(impact);
		actionAppendix = Boolean.TRUE.equals(actionAppendix);
	}

}
