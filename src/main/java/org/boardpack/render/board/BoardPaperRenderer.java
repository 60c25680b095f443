package org.boardpack.render.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.boardpack.pack.Pack;
import org.boardpack.render.HtmlPdf;
import org.boardpack.render.PackRenderer;
import org.boardpack.render.RenderThreads;
import org.boardpack.render.StableZip;
import org.boardpack.system.OutputFile;
import org.boardpack.system.StageTimings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes the board paper: {@code board-paper.html}, one self-contained file with its
 * styles and charts inside it; {@code board-paper.pdf} from the same XHTML, with
 * bookmarks for every section and the document's title, author, subject and language set;
 * and {@code board-paper.docx}, the version clerks edit. All three come from one model,
 * made once, so they say exactly the same. The Word file is offered to a free render
 * thread while this one writes the HTML and the PDF.
 */
@Component
@Order(20)
public class BoardPaperRenderer implements PackRenderer {

	static final String TEMPLATE = "board-paper.ftlh";

	private final RenderThreads threads;

	@Autowired
	public BoardPaperRenderer(RenderThreads threads) {
		this.threads = threads;
	}

	/** Writes the three files one after the other, on the caller's thread. */
	public BoardPaperRenderer() {
		this(null);
	}

	@Override
	public List<OutputFile> files() {
		return List.of(OutputFile.BOARD_PAPER_HTML, OutputFile.BOARD_PAPER_PDF, OutputFile.BOARD_PAPER_DOCX);
	}

	@Override
	public void render(Pack pack, Path folder) throws IOException {
		BoardPaper paper = new BoardPaperBuilder(pack).build();
		Callable<Void> docx = () -> {
			if (pack.includes(OutputFile.BOARD_PAPER_DOCX)) {
				// timed apart, as its processor time is that of whichever thread wrote it
				timed(pack, OutputFile.BOARD_PAPER_DOCX, () -> docx(pack, paper, folder));
			}
			return null;
		};
		RenderThreads.Part<Void> word = (this.threads != null) ? this.threads.fork(docx)
				: RenderThreads.Part.inLine(docx);
		try {
			if (pack.includes(OutputFile.BOARD_PAPER_HTML)) {
				Files.writeString(folder.resolve(OutputFile.BOARD_PAPER_HTML.fileName()), html(pack, paper, false),
						StandardCharsets.UTF_8);
			}
			if (pack.includes(OutputFile.BOARD_PAPER_PDF)) {
				// timed apart too, so that it can be set beside the floor of a PDF
				timed(pack, OutputFile.BOARD_PAPER_PDF, () -> pdf(pack, paper, folder));
			}
		}
		catch (IOException | RuntimeException ex) {
			word.joinAfter(ex);
			throw ex;
		}
		word.join();
	}

	private static void timed(Pack pack, OutputFile file, Writing writing) throws IOException {
		StageTimings.Clock clock = StageTimings.start();
		writing.write();
		clock.end(pack.rollup().programme().id(), pack.rollup().programme().period(), "render " + file.fileName());
	}

	private interface Writing {

		void write() throws IOException;

	}

	private static void pdf(Pack pack, BoardPaper paper, Path folder) throws IOException {
		String author = (paper.authority() != null) ? paper.authority() : paper.programmeTitle();
		HtmlPdf.write(html(pack, paper, true), pack.templates().find(TEMPLATE).toAbsolutePath().getParent(),
				new HtmlPdf.Info(paper.title(), author, paper.programmeTitle() + ": position as at " + paper.asAt(),
						"en-GB", pack.rollup().programme().asAt()),
				folder.resolve(OutputFile.BOARD_PAPER_PDF.fileName()));
	}

	private static void docx(Pack pack, BoardPaper paper, Path folder) throws IOException {
		byte[] docx = new BoardPaperDocx(paper, pack.palette(), pack.returns().warning())
			.write(pack.rollup().programme().asAt());
		StableZip.write((out) -> out.write(docx), pack.rollup().programme().asAt(),
				folder.resolve(OutputFile.BOARD_PAPER_DOCX.fileName()));
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
