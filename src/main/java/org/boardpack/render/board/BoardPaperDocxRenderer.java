package org.boardpack.render.board;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.boardpack.render.PackRenderer;
import org.boardpack.render.StableZip;
import org.boardpack.rollup.Rollup;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Writes {@code board-paper.docx}, the version of the paper clerks edit, from the same model as the PDF. */
@Component
@Order(22)
class BoardPaperDocxRenderer implements PackRenderer {

	private final BoardPapers papers;

	BoardPaperDocxRenderer(BoardPapers papers) {
		this.papers = papers;
	}

	@Override
	public String fileName() {
		return "board-paper.docx";
	}

	@Override
	public void render(Rollup rollup, Path programmeFolder, Path file) throws IOException {
		write(this.papers.of(rollup, programmeFolder), rollup.programme().asAt(), file);
	}

	static void write(BoardPapers.Made made, LocalDate asAt, Path file) throws IOException {
		byte[] docx = new BoardPaperDocx(made.paper(), made.templates().palette()).write(asAt);
		StableZip.write((out) -> out.write(docx), asAt, file);
	}

}
