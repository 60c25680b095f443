package org.boardpack.render.board;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.boardpack.pack.Pack;
import org.boardpack.pack.TestPacks;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.render.PdfUa;
import org.boardpack.render.Readers;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.w3c.dom.Document;

/**
 * The bundled programme's board paper written to a folder, and the tools the tests read
 * it with.
 */
final class Papers {

	static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	static final Path TEMPLATES = Path.of("templates");

	private Papers() {
	}

	static Rollup rollup(Path programme, String period) {
		return new RollupBuilder(ProgrammeReader.read(programme)).build(YearMonth.parse(period));
	}

	/**
	 * Writes board-paper.html, .pdf and .docx for the period into {@code out}; returns
	 * the paper's model.
	 */
	static BoardPaper write(Path programme, Rollup rollup, Path out) throws IOException {
		Pack pack = TestPacks.of(programme, rollup);
		new BoardPaperRenderer().render(pack, out);
		return new BoardPaperBuilder(pack).build();
	}

	static Document xml(Path html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(html.toFile());
	}

	/**
	 * The PDF's text as pdftotext reads it, with runs of white space made single spaces.
	 */
	/** The PDF's text, once veraPDF has found it a tagged PDF/UA-1 document. */
	static String pdfText(Path pdf) throws Exception {
		PdfUa.assertConforms(pdf);
		return run(List.of("pdftotext", pdf.toString(), "-")).replaceAll("\\s+", " ");
	}

	static String run(List<String> command) throws Exception {
		return Readers.run(command.toArray(String[]::new));
	}

}
