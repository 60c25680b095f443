package org.boardpack.render.board;

import java.io.IOException;
import java.nio.file.Path;

import org.boardpack.render.HtmlPdf;
import org.boardpack.render.PackRenderer;
import org.boardpack.rollup.Rollup;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes {@code board-paper.pdf} from the same XHTML as the HTML file, with bookmarks for every section and the
 * document's title, author, subject and language set.
 */
@Component
@Order(21)
class BoardPaperPdfRenderer implements PackRenderer {

	private final BoardPapers papers;

	BoardPaperPdfRenderer(BoardPapers papers) {
		this.papers = papers;
	}

	@Override
	public String fileName() {
		return "board-paper.pdf";
	}

	@Override
	public void render(Rollup rollup, Path programmeFolder, Path file) throws IOException {
		BoardPapers.Made made = this.papers.of(rollup, programmeFolder);
		write(made, programmeFolder, file);
	}

	static void write(BoardPapers.Made made, Path programmeFolder, Path file) throws IOException {
		BoardPaper paper = made.paper();
		String author = (paper.authority() != null) ? paper.authority() : paper.programmeTitle();
		HtmlPdf.write(made.html(true), programmeFolder,
				new HtmlPdf.Info(paper.title(), author, paper.programmeTitle() + ": position as at " + paper.asAt(),
						"en-GB", made.rollup().programme().asAt()),
				file);
	}

}
