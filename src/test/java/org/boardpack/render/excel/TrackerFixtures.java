package org.boardpack.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rollup.Rollup;
import org.boardpack.rollup.RollupBuilder;
import org.boardpack.system.BoardpackProperties;

/** Rolls up a programme folder and writes its tracker, without the job around it. */
final class TrackerFixtures {

	static final Path BUNDLED = Path.of("jobs/bromley-csc-2016");

	private TrackerFixtures() {
	}

	static Rollup rollup(Path folder, YearMonth period) {
		return new RollupBuilder(ProgrammeReader.read(folder)).build(period);
	}

	static Path render(Rollup rollup, Path folder, Path file) throws IOException {
		new TrackerRenderer(new BoardpackProperties(null, "test", Path.of("templates"))).render(rollup, folder, file);
		return file;
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

}
