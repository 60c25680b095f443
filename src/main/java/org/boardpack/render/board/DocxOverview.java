package org.boardpack.render.board;

import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.boardpack.render.board.BoardPaper.ColourKey;
import org.boardpack.render.board.BoardPaper.Overview;
import org.boardpack.render.board.BoardPaper.PriorityLine;

/**
 * The Word document's "Overall position" section: its numbered paragraphs, the key to the
 * colours, the figures, the table of priorities and the chart.
 */
final class DocxOverview {

	static final String HEADING = "Overall position";

	private final DocxParts parts;

	DocxOverview(DocxParts parts) {
		this.parts = parts;
	}

	void write(Overview o) throws IOException {
		this.parts.numberedHeading(2, 0, HEADING);
		this.parts.paras(o.paras());
		this.parts.label("What the colours mean");
		XWPFTable key = this.parts.table(List.of("Colour", "What it means"), new int[] { 14, 86 });
		for (ColourKey k : o.key()) {
			var row = this.parts.row(key, null, k.meaning());
			this.parts.rag(row.getCell(0), k.status(), null);
		}
		this.parts.paragraph("", false, false);
		this.parts.label("The programme at a glance");
		this.parts.labelled(o.figures(), 50);
		this.parts.paragraph("", false, false);
		this.parts.label("Actions by RAG status for each priority");
		XWPFTable table = this.parts.table(List.of("Priority", "RAG", "Blue", "Green", "Amber", "Red", "Grey",
				"Cancelled", "No update", "Done", "Since last period"),
				new int[] { 24, 9, 6, 7, 7, 6, 6, 10, 8, 7, 10 });
		for (PriorityLine p : o.priorities()) {
			var row = this.parts.row(table, p.id() + ". " + p.title(), null, String.valueOf(p.blue()),
					String.valueOf(p.green()), String.valueOf(p.amber()), String.valueOf(p.red()),
					String.valueOf(p.grey()), String.valueOf(p.cancelled()), String.valueOf(p.updatesMissing()),
					p.percentComplete(), p.direction());
			this.parts.rag(row.getCell(1), p.status(), null);
		}
		this.parts.chart(this.parts.paragraph("", false, false), o.chart());
	}

}
