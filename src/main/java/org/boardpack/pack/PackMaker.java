package org.boardpack.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;

import org.boardpack.narrative.Narrative;
import org.boardpack.narrative.NarrativeReader;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.boardpack.store.ProgrammeStore;
import org.boardpack.system.BoardpackProperties;

import org.springframework.stereotype.Component;

/**
 * Makes the {@link Pack} of a run from its staged roll-up: the settings come from the
 * store, as the run ingested and checked them, never from {@code programme.yml} as it may
 * read now; the narrative, the palette and the templates from the programme's folder and
 * the shared templates.
 */
@Component
public class PackMaker {

	private final ProgrammeStore store;

	private final Path templatesDir;

	PackMaker(ProgrammeStore store, BoardpackProperties properties) {
		this.store = store;
		this.templatesDir = properties.templatesDir();
	}

	/** The pack of a period's roll-up, for a programme stored with its settings. */
	public Pack make(Rollup rollup, Path programmeFolder) throws IOException {
		String programme = rollup.programme().id();
		ProgrammeSettings settings = this.store.settings(programme);
		if (settings == null) {
			throw new IllegalStateException("The programme " + programme + " is not in the store; run it first");
		}
		return of(rollup, settings, programmeFolder);
	}

	/**
	 * The pack a run of this input would make, made from the input alone before anything
	 * is stored, for a trial of the programme's own templates: its roll-up has no returns
	 * but the folder's.
	 */
	public Pack beforeStoring(ProgrammeInput input, YearMonth period, Path programmeFolder) throws IOException {
		return of(new RollupBuilder(input).build(period), input.settings(), programmeFolder);
	}

	private Pack of(Rollup rollup, ProgrammeSettings settings, Path programmeFolder) throws IOException {
		Set<String> priorityIds = rollup.priorities().stream().map(PriorityRollup::id).collect(Collectors.toSet());
		Narrative narrative = NarrativeReader.read(programmeFolder, rollup.programme().period(), priorityIds);
		return Pack.of(rollup, settings, narrative, Templates.of(this.templatesDir, programmeFolder));
	}

}
