package org.boardpack.render.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.boardpack.pack.Pack;
import org.boardpack.render.HtmlPdf;
import org.boardpack.render.PackRenderer;
import org.boardpack.render.StableZip;
import org.boardpack.system.OutputFile;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes the board paper: {@code board-paper.html}, one self-contained file with its
 * styles and charts inside it; {@code board-paper.pdf} from the same XHTML, with
 * bookmarks for every section and the document's title, author, subject and language set;
 * and {@code board-paper.docx}, the version clerks edit. All three come from one model,
 * made once, so they say exactly the same.
 */
@Component
@Order(20)
public class BoardPaperRenderer implements PackRenderer {

	static final String TEMPLATE = "board-paper.ftlh";

	@Override
	public List<OutputFile> files() {
		return List.of(OutputFile.BOARD_PAPER_HTML, OutputFile.BOARD_PAPER_PDF, OutputFile.BOARD_PAPER_DOCX);
	}

	@Override
	public void render(Pack pack, Path folder) throws IOException {
		BoardPaper paper = new BoardPaperBuilder(pack).build();
		if (pack.includes(OutputFile.BOARD_PAPER_HTML)) {
			Files.writeString(folder.resolve(OutputFile.BOARD_PAPER_HTML.fileName()), html(pack, paper, false),
					StandardCharsets.UTF_8);
		}
		if (pack.includes(OutputFile.BOARD_PAPER_PDF)) {
			String author = (paper.authority() != null) ? paper.authority() : paper.programmeTitle();
			HtmlPdf.write(html(pack, paper, true), pack.templates().find(TEMPLATE).toAbsolutePath().getParent(),
					new HtmlPdf.Info(paper.title(), author, paper.programmeTitle() + ": position as at " + paper.asAt(),
							"en-GB", pack.rollup().programme().asAt()),
					folder.resolve(OutputFile.BOARD_PAPER_PDF.fileName()));
		}
		if (pack.includes(OutputFile.BOARD_PAPER_DOCX)) {
			byte[] docx = new BoardPaperDocx(paper, pack.palette(), pack.returns().warning())
				.write(pack.rollup().programme().asAt());
			StableZip.write((out) -> out.write(docx), pack.rollup().programme().asAt(),
					folder.resolve(OutputFile.BOARD_PAPER_DOCX.fileName()));
		}
	}

	/**
	 * The paper as XHTML: with PDF bookmarks for the PDF, without them for the HTML file.
	 */
	private static String html(Pack pack, BoardPaper paper, boolean pdf) {
		return pack.templates()
			.process(TEMPLATE,
					Map.of("paper", paper, "palette", pack.palette().byCode(), "pdf", pdf, "returns", pack.returns()));
	}

}
