package org.boardpack.render.excel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import org.boardpack.Requires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker opens in LibreOffice and prints to PDF, with its priority sheets' headers
 * and page numbers.
 */
class TrackerLibreOfficeTests {

	@TempDir
	Path temp;

	@Test
	void libreOfficeConvertsTheTrackerToPdfWithItsPrintedHeadersAndPageNumbers() throws Exception {
		// given
		Requires.command("soffice", "LibreOffice (libreoffice-calc-nogui)");
		Requires.command("pdftotext", "poppler-utils");
		Path tracker = TrackerFixtures.render(TrackerFixtures.rollup(TrackerFixtures.BUNDLED, YearMonth.of(2017, 10)),
				TrackerFixtures.BUNDLED, this.temp);

		// when
		Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + this.temp.resolve("profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", this.temp.toString(), tracker.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.temp.resolve("soffice.log").toFile())
			.start();
		assertThat(soffice.waitFor(5, TimeUnit.MINUTES)).isTrue();

		// then
		assertThat(soffice.exitValue()).as(Files.readString(this.temp.resolve("soffice.log"))).isZero();
		Path pdf = this.temp.resolve("rag-tracker.pdf");
		assertThat(pdf).exists();
		Process text = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
		String words = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(text.waitFor()).isZero();
		assertThat(words).contains("Priority 1: Leadership and governance", "As at 31 October 2017",
				"Actions by RAG in each priority", "Page 1 of",
				"Illustrative: real plan, generated returns and figures");
	}

}
