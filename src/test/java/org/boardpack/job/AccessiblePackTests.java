package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.boardpack.programme.ProgrammeReader;
import org.boardpack.render.Axe;
import org.boardpack.render.PdfUa;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled programme's whole pack as a council publishes it: every PDF in it passes
 * veraPDF's PDF/UA-1 check and every HTML page axe-core's WCAG 2.2 AA and best-practice
 * rules in Chromium. Files are found by their extension, so a page or paper added to the
 * pack later is checked without changing this test.
 */
@SpringBootTest
class AccessiblePackTests extends PackTestSupport {

	private static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	@Autowired
	private MonthlyPackLauncher launcher;

	@Test
	void everyPdfAndEveryHtmlPageOfThePackIsAccessible() throws Exception {
		// when
		Path pack = this.launcher
			.run(PackRequest.of(BUNDLED, ProgrammeReader.read(BUNDLED), YearMonth.of(2017, 10), false));

		// then
		List<Path> pdfs = files(pack, ".pdf");
		assertThat(pdfs).extracting((p) -> p.getFileName().toString())
			.contains("board-paper.pdf", "exception-report.pdf");
		pdfs.forEach(PdfUa::assertConforms);
		assertThat(files(pack, ".html")).extracting((p) -> p.getFileName().toString()).contains("board-paper.html");
		Axe.assertAccessible(pack);
	}

	private static List<Path> files(Path folder, String extension) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((f) -> f.getFileName().toString().endsWith(extension)).sorted().toList();
		}
	}

}
