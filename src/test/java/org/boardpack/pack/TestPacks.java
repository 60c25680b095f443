package org.boardpack.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.boardpack.narrative.NarrativeReader;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;

/**
 * The pack of a programme folder as it reads now, with the shared templates of this
 * checkout, for tests of one renderer that need no store.
 */
public final class TestPacks {

	public static final Path TEMPLATES = Path.of("templates");

	private TestPacks() {
	}

	public static Pack of(Path programmeFolder, Rollup rollup) throws IOException {
		Set<String> priorityIds = rollup.priorities().stream().map(PriorityRollup::id).collect(Collectors.toSet());
		return Pack.of(rollup, ProgrammeReader.readSettings(programmeFolder),
				NarrativeReader.read(programmeFolder, rollup.programme().period(), priorityIds),
				Templates.of(TEMPLATES, programmeFolder));
	}

}
