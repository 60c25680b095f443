package org.boardpack.render.excel;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.boardpack.pack.TestPacks;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.returns.LeadReturns;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A lead's return workbook opens in LibreOffice without complaint and prints legibly: the
 * cover and every action of the lead, at a type size that can be read on A4.
 */
class LeadReturnLibreOfficeTests {

	@TempDir
	Path temp;

	@Test
	void libreOfficePrintsTheLeadsReturnWithItsCoverAndActionsAtAReadableSize() throws Exception {
		// given
		assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
		ProgrammeInput input = ProgrammeReader.read(TrackerFixtures.BUNDLED);
		Rollup rollup = new RollupBuilder(input).build(YearMonth.of(2017, 10));
		LeadReturns.Lead dcs = LeadReturns.of(rollup, input)
			.stream()
			.filter((lead) -> lead.lead().equals("DCS"))
			.findFirst()
			.orElseThrow();
		Path workbook = this.temp.resolve("DCS.xlsx");
		LeadReturnWorkbook.write(rollup, dcs, LocalDate.of(2017, 11, 3),
				TestPacks.of(TrackerFixtures.BUNDLED, rollup).palette(), workbook);

		// when
		Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + this.temp.resolve("profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", this.temp.toString(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.temp.resolve("soffice.log").toFile())
			.start();
		assertThat(soffice.waitFor(5, TimeUnit.MINUTES)).isTrue();

		// then
		String log = Files.readString(this.temp.resolve("soffice.log"));
		assertThat(soffice.exitValue()).as(log).isZero();
		assertThat(log).doesNotContainIgnoringCase("error").doesNotContainIgnoringCase("repair");
		Path pdf = this.temp.resolve("DCS.pdf");
		String words = run("pdftotext", "-layout", pdf.toString(), "-");
		assertThat(words).contains("Monthly return for October 2017: Director of Children's Services", "Return by",
				"3 November 2017", "Completed by", "Page 1 of");
		dcs.actions().forEach((action) -> assertThat(words).contains(action.id()));
		assertThat(medianWordHeight(run("pdftotext", "-bbox", pdf.toString(), "-"))).as("type size in points")
			.isGreaterThanOrEqualTo(8.0);
	}

	/**
	 * The median height of a printed word, in points: about the type size as printed on
	 * the page.
	 */
	private static double medianWordHeight(String bbox) {
		List<Double> heights = bbox.lines()
			.filter((line) -> line.contains("<word "))
			.map((line) -> number(line, "yMax") - number(line, "yMin"))
			.sorted()
			.toList();
		return heights.get(heights.size() / 2);
	}

	private static double number(String line, String attribute) {
		int start = line.indexOf(attribute + "=\"") + attribute.length() + 2;
		return Double.parseDouble(line.substring(start, line.indexOf('"', start)));
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).isZero();
		return out;
	}

	private static boolean onPath(String command) {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(folder, command))) {
				return true;
			}
		}
		return false;
	}

}
