package org.boardpack.render.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.rating.Dates;
import org.boardpack.pack.Pack;
import org.boardpack.pack.RagPalette;
import org.boardpack.render.PackRenderer;
import org.boardpack.render.StableZip;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.system.OutputFile;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes {@code rag-tracker.xlsx}, the workbook the improvement team works from: Summary,
 * Actions, Indicators, Changes and one print-ready sheet per priority. The long sheets
 * are streamed, so a programme of any size is written in bounded memory; the small
 * Summary sheet is built whole, with its chart.
 */
@Component
@Order(10)
class TrackerRenderer implements PackRenderer {

	/**
	 * Rows of a streamed sheet kept in memory; earlier ones are flushed to a temporary
	 * file.
	 */
	private static final int WINDOW = 200;

	@Override
	public List<OutputFile> files() {
		return List.of(OutputFile.TRACKER);
	}

	@Override
	public void render(Pack pack, Path folder) throws IOException {
		if (pack.includes(OutputFile.TRACKER)) {
			write(pack.rollup(), pack.palette(), folder.resolve(OutputFile.TRACKER.fileName()));
		}
	}

	private static void write(Rollup rollup, RagPalette palette, Path file) throws IOException {
		XSSFWorkbook book = new XSSFWorkbook();
		Styles styles = new Styles(book, palette);
		new SummarySheet(styles).write(book, rollup);
		SXSSFWorkbook workbook = new SXSSFWorkbook(book, WINDOW);
		try {
			new ActionsSheet(styles).write(workbook, rollup);
			new IndicatorsSheet(styles).write(workbook, rollup);
			new ChangesSheet(styles).write(workbook, rollup);
			PrioritySheet priorities = new PrioritySheet(styles);
			for (PriorityRollup priority : rollup.priorities()) {
				priorities.write(workbook, rollup.programme(), priority);
			}
			book.setActiveSheet(0);
			book.setSelectedTab(0);
			describe(book.getProperties(), rollup.programme());
			StableZip.write(workbook::write, rollup.programme().asAt(), file);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/**
	 * Title, subject and author for document lists and screen readers; dated as at the
	 * period, not now.
	 */
	private static void describe(POIXMLProperties properties, ProgrammeRollup programme) {
		POIXMLProperties.CoreProperties core = properties.getCoreProperties();
		Date asAt = Date.from(programme.asAt().atStartOfDay().toInstant(ZoneOffset.UTC));
		core.setTitle(programme.title() + ": RAG tracker");
		core.setSubjectProperty("RAG tracker as at " + Dates.longDay(programme.asAt()));
		core.setCreator(programme.authority());
		core.setCreated(Optional.of(asAt));
		core.setModified(Optional.of(asAt));
		core.setDescription(programme.dataLabel());
		properties.getExtendedProperties().getUnderlyingProperties().setCompany(programme.authority());
	}

}
