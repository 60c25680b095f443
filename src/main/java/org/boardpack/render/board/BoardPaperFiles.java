package org.boardpack.render.board;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import org.boardpack.narrative.Narrative;
import org.boardpack.rollup.Rollup;
import org.boardpack.system.BoardpackProperties;

import org.springframework.stereotype.Component;

/**
 * Writes the board paper for someone other than the monthly pack, such as a committee: the same paper and the
 * same three renderers, with front-block entries and sections of its own in place of the month's narrative and
 * the programme's defaults.
 */
@Component
public class BoardPaperFiles {

	private final Path templatesDir;

	BoardPaperFiles(BoardpackProperties properties) {
		this.templatesDir = properties.templatesDir();
	}

	/**
	 * Writes those of {@code board-paper.html}, {@code .pdf} and {@code .docx} named in {@code fileNames} into
	 * {@code folder}.
	 * @param overlay front-block entries and sections that replace the month's narrative and the programme's
	 * defaults
	 */
	public void write(Rollup rollup, Path programmeFolder, Narrative overlay, Path folder,
			Collection<String> fileNames) throws IOException {
		BoardPapers.Made made = BoardPapers.make(rollup, programmeFolder, this.templatesDir, overlay);
		if (fileNames.contains("board-paper.html")) {
			BoardPaperHtmlRenderer.write(made, folder.resolve("board-paper.html"));
		}
		if (fileNames.contains("board-paper.pdf")) {
			BoardPaperPdfRenderer.write(made, programmeFolder, folder.resolve("board-paper.pdf"));
		}
		if (fileNames.contains("board-paper.docx")) {
			BoardPaperDocxRenderer.write(made, rollup.programme().asAt(), folder.resolve("board-paper.docx"));
		}
	}

}
