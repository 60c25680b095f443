package org.boardpack.render.board;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.boardpack.narrative.Narrative;
import org.boardpack.narrative.NarrativeReader;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.render.RagPalette;
import org.boardpack.render.Templates;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.system.BoardpackProperties;

import org.springframework.stereotype.Component;

/**
 * Builds a period's board paper once for its three files: the model, with its charts, is kept for the
 * roll-up it was made from, so the HTML, the PDF and the Word document say exactly the same.
 */
@Component
class BoardPapers {

	static final String TEMPLATE = "board-paper.ftlh";

	private final Path templatesDir;

	/**
	 * The papers being written, by programme folder: one per pack in progress, as partitions write packs side by
	 * side, so one programme's paper never evicts another's before its three files are written.
	 */
	private final Map<Path, Made> made = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, Made> eldest) {
			return size() > Runtime.getRuntime().availableProcessors() + 1;
		}
	};

	BoardPapers(BoardpackProperties properties) {
		this.templatesDir = properties.templatesDir();
	}

	/** The paper and the templates it is written with. */
	record Made(Rollup rollup, BoardPaper paper, Templates templates) {

		/** The paper as XHTML: with PDF bookmarks for the PDF, without them for the HTML file. */
		String html(boolean pdf) {
			return this.templates.process(TEMPLATE,
					Map.of("paper", this.paper, "palette", this.templates.palette().byCode(), "pdf", pdf));
		}

	}

	/** The paper of this roll-up, made on first use; built outside the lock so packs in parallel do not wait. */
	Made of(Rollup rollup, Path programmeFolder) throws IOException {
		synchronized (this.made) {
			Made known = this.made.get(programmeFolder);
			if (known != null && known.rollup() == rollup) {
				return known;
			}
		}
		Made paper = make(rollup, programmeFolder, this.templatesDir);
		synchronized (this.made) {
			this.made.put(programmeFolder, paper);
		}
		return paper;
	}

	static Made make(Rollup rollup, Path programmeFolder, Path templatesDir) throws IOException {
		return make(rollup, programmeFolder, templatesDir, Narrative.NONE);
	}

	/**
	 * The paper with the given narrative laid over the month's: its front-block entries and sections in place of
	 * the month's and the programme's defaults.
	 */
	static Made make(Rollup rollup, Path programmeFolder, Path templatesDir, Narrative overlay) throws IOException {
		Templates templates = Templates.of(templatesDir, programmeFolder);
		RagPalette palette = templates.palette();
		ProgrammeSettings settings = ProgrammeReader.readSettings(programmeFolder);
		Set<String> priorityIds = rollup.priorities().stream().map(PriorityRollup::id).collect(Collectors.toSet());
		Narrative narrative = overlay.over(NarrativeReader.read(programmeFolder, rollup.programme().period(),
				priorityIds));
		BoardPaper paper = new BoardPaperBuilder(rollup, narrative, settings.paper(), palette, settings.exceptions()).build();
		return new Made(rollup, paper, templates);
	}

}
