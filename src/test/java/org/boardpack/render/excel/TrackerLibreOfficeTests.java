package org.boardpack.render.excel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.Requires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker opens in LibreOffice and prints to PDF, with its priority sheets' headers
 * and page numbers, and the Summary, Actions and Indicators sheets in type that can be
 * read.
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
		assertThat(Files.readString(this.temp.resolve("soffice.log"))).doesNotContainIgnoringCase("repair");
		// every page of the Summary, Actions and Indicators sheets (named in the page
		// header) prints even its smallest word at 8 points or more
		Process boxes = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), "-").start();
		String html = new String(boxes.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(boxes.waitFor()).isZero();
		Map<String, Double> smallest = smallestTypeBySheet(html);
		assertThat(smallest).as("smallest printed type in points, by sheet")
			.containsOnlyKeys(SHEETS)
			.allSatisfy((sheet, points) -> assertThat(points).as(sheet).isGreaterThanOrEqualTo(8.0));
	}

	/**
	 * The smallest word printed between the running header and footer of each page, in
	 * points, by the sheet the page header names.
	 */
	private static Map<String, Double> smallestTypeBySheet(String bbox) {
		Map<String, Double> smallest = new TreeMap<>();
		for (String page : bbox.split("<page ")) {
			String sheet = null;
			double least = Double.MAX_VALUE;
			Matcher word = WORD.matcher(page);
			while (word.find()) {
				double top = Double.parseDouble(word.group(1));
				double bottom = Double.parseDouble(word.group(2));
				if (top < HEADER && SHEETS.contains(word.group(3))) {
					sheet = word.group(3);
				}
				if (top > HEADER && bottom < FOOTER) {
					least = Math.min(least, (bottom - top) / LINE);
				}
			}
			if (sheet != null && least < Double.MAX_VALUE) {
				smallest.merge(sheet, least, Math::min);
			}
		}
		return smallest;
	}

	private static final List<String> SHEETS = List.of("Summary", "Actions", "Indicators");

	/**
	 * A word's box is its font's ascent and descent: 1.117 times its size in Liberation
	 * Sans, LibreOffice's Arial.
	 */
	private static final double LINE = 1.117;

	/** The running header and footer of an A4 landscape page, in points from the top. */
	private static final double HEADER = 45;

	private static final double FOOTER = 550;

	private static final Pattern WORD = Pattern
		.compile("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>");

}
