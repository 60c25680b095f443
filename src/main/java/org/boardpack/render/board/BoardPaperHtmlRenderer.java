package org.boardpack.render.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.render.PackRenderer;
import org.boardpack.rollup.Rollup;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Writes {@code board-paper.html}: one self-contained file, its styles and charts inside it. */
@Component
@Order(20)
class BoardPaperHtmlRenderer implements PackRenderer {

	private final BoardPapers papers;

	BoardPaperHtmlRenderer(BoardPapers papers) {
		this.papers = papers;
	}

	@Override
	public String fileName() {
		return "board-paper.html";
	}

	@Override
	public void render(Rollup rollup, Path programmeFolder, Path file) throws IOException {
		write(this.papers.of(rollup, programmeFolder), file);
	}

	static void write(BoardPapers.Made made, Path file) throws IOException {
		Files.writeString(file, made.html(false), StandardCharsets.UTF_8);
	}

}
