package org.boardpack.render.excel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		// every page of the Actions and Indicators sheets (named in the page header)
		// prints
		// its text at 8 points or more: a word's box is its font's ascent and descent,
		// about 1.15 times its size
		Process boxes = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), "-").start();
		String html = new String(boxes.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(boxes.waitFor()).isZero();
		List<Double> medians = new ArrayList<>();
		for (String page : html.split("<page ")) {
			List<Double> heights = new ArrayList<>();
			boolean wide = false;
			Matcher word = WORD.matcher(page);
			while (word.find()) {
				double top = Double.parseDouble(word.group(1));
				heights.add(Double.parseDouble(word.group(2)) - top);
				wide |= top < 60 && List.of("Actions", "Indicators").contains(word.group(3));
			}
			if (wide && heights.size() > 20) {
				medians.add(heights.stream().sorted().toList().get(heights.size() / 2));
			}
		}
		assertThat(medians).isNotEmpty().allSatisfy((height) -> assertThat(height).isGreaterThanOrEqualTo(8.0));
	}

	private static final Pattern WORD = Pattern
		.compile("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>");

}
