package org.boardpack.committee;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.boardpack.input.Checksums;
import org.boardpack.job.MonthlyPackLauncher;
import org.boardpack.job.PackRequest;
import org.boardpack.narrative.Narrative;
import org.boardpack.programme.CommitteeSettings;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.pack.Pack;
import org.boardpack.pack.PackMaker;
import org.boardpack.render.PackRenderer;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupJson;
import org.boardpack.system.BoardpackProperties;
import org.boardpack.system.FileEntry;
import org.boardpack.system.OutputFile;
import org.boardpack.system.StagedFolder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes a committee's paper for a meeting: the monthly pack of the period it reports is
 * made (or resumed) by the monthly job, and the paper is written from that pack's
 * {@code rollup.json}, so its figures are the pack's, with the committee's front block
 * and report number.
 */
@Component
public class CommitteePapers {

	private final MonthlyPackLauncher launcher;

	private final ReportNumbers numbers;

	private final PackMaker packs;

	private final List<PackRenderer> renderers;

	private final BoardpackProperties properties;

	CommitteePapers(MonthlyPackLauncher launcher, ReportNumbers numbers, PackMaker packs,
			ObjectProvider<PackRenderer> renderers, BoardpackProperties properties) {
		this.launcher = launcher;
		this.numbers = numbers;
		this.packs = packs;
		this.renderers = renderers.orderedStream().toList();
		this.properties = properties;
	}

	/**
	 * What was written for a meeting.
	 *
	 * @param newNumber whether the report number was given now rather than kept from an
	 * earlier run
	 */
	public record Written(Path folder, String reportNumber, boolean newNumber, Path pack) {
	}

	/**
	 * Makes the period's pack, then the meeting's paper from it; the meeting and its
	 * narrative (see {@link CommitteeNarrative}) have been checked already.
	 */
	public Written write(Path programmeFolder, ProgrammeInput input, CommitteeMeeting meeting, Narrative narrative)
			throws Exception {
		// Written under the programme's run lock: the pack cannot change under the paper,
		// and report numbers are
		// given one meeting at a time.
		return this.launcher.run(PackRequest.of(programmeFolder, input, meeting.period(), false), input,
				(pack) -> paper(programmeFolder, input.settings().id(), meeting, narrative, pack));
	}

	private Written paper(Path programmeFolder, String programme, CommitteeMeeting meeting, Narrative narrative,
			Path pack) throws Exception {
		Rollup rollup = RollupJson.read(pack.resolve(OutputFile.ROLLUP.fileName()));
		ReportNumbers.Given number = this.numbers.numberFor(programme, meeting);
		// <output>/<programme>/committees/<committee>/<date>/, replaced whole so a clerk
		// never picks up half a paper
		StagedFolder folder = new StagedFolder(this.properties.outputDir()
			.resolve(programme)
			.resolve("committees")
			.resolve(meeting.committee().id())
			.resolve(meeting.date().toString()));
		Path staging = folder.freshStaging();
		CommitteeSettings committee = meeting.committee();
		Pack paper = this.packs.make(rollup, programmeFolder)
			.forCommittee(narrative.withFront(CommitteeFront.of(meeting, number.number())),
					committee.outputs().stream().map(OutputFile::named).toList());
		for (PackRenderer renderer : this.renderers) {
			renderer.render(paper, staging);
		}
		new CommitteeManifest(programme, committee.id(), committee.name(), meeting.date().toString(), number.number(),
				committee.classification(), meeting.period().toString(), rollup.programme().asAt().toString(),
				programme + "/" + meeting.period(),
				Checksums.sha256(Files.readAllBytes(pack.resolve(FileEntry.MANIFEST))), this.properties.version(),
				FileEntry.outputs(staging))
			.write(staging);
		folder.publish();
		return new Written(folder.published(), number.number(), number.isNew(), pack);
	}

}
