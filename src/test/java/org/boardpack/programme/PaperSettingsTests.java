package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Path;

import org.boardpack.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The {@code paper:} block of programme.yml: the board paper's defaults. */
class PaperSettingsTests {

	@TempDir
	Path tempDir;

	@Test
	void contactDetailsBackgroundDocumentsAndTheImpactPanelAreRead() throws IOException {
		// given
		Path folder = SettingsFolders.folder(this.tempDir, SettingsFolders.REQUIRED + """
				paper:
				  contactEmail: clerk@example.org
				  contactTelephone: 020 7946 0000
				  backgroundDocuments: Plan; Report
				  impact:
				    policyStatus: Existing policy
				    callIn: Not applicable
				""");

		// when
		PaperSettings paper = ProgrammeReader.readSettings(folder).paper();

		// then
		assertThat(paper.contactEmail()).isEqualTo("clerk@example.org");
		assertThat(paper.contactTelephone()).isEqualTo("020 7946 0000");
		assertThat(paper.backgroundDocuments()).isEqualTo("Plan; Report");
		assertThat(paper.impact()).containsEntry("policyStatus", "Existing policy")
			.containsEntry("callIn", "Not applicable")
			.hasSize(2);
	}

	@Test
	void anUnknownImpactPanelEntryIsReportedWithItsLineAndTheEntriesThereAre() throws IOException {
		// given
		Path folder = SettingsFolders.folder(this.tempDir, SettingsFolders.REQUIRED + """
				paper:
				  impact:
				    policyStatus: Existing policy
				    costs: none
				""");

		// when
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> ProgrammeReader.readSettings(folder));

		// then
		assertThat(ex.problems()).extracting(Object::toString)
			.containsExactly("programme.yml:8: unknown impact panel entry \"costs\"; the entries are: policyStatus, "
					+ "corporatePriority, costOfProposal, ongoingCosts, budgetHead, currentBudget, sourceOfFunding, "
					+ "staffNumbers, staffHours, legalRequirement, callIn, procurement, beneficiaries, "
					+ "wardCouncillorsAsked, wardCouncillorComments");
	}

}
