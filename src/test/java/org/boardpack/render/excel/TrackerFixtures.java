package org.boardpack.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.TestPacks;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.boardpack.system.OutputFile;

/** Rolls up a programme folder and writes its tracker, without the job around it. */
final class TrackerFixtures {

	static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	private TrackerFixtures() {
	}

	static Rollup rollup(Path folder, YearMonth period) {
		return new RollupBuilder(ProgrammeReader.read(folder)).build(period);
	}

	/**
	 * Writes the programme's tracker into the folder {@code into} and returns the file.
	 */
	static Path render(Rollup rollup, Path programme, Path into) throws IOException {
		new TrackerRenderer().render(TestPacks.of(programme, rollup), Files.createDirectories(into));
		return into.resolve(OutputFile.TRACKER.fileName());
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

}
