package org.boardpack.render.board;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.boardpack.render.board.BoardPaper.Entry;
import org.boardpack.render.board.BoardPaper.Overview;
import org.boardpack.render.board.BoardPaper.PriorityLine;

/**
 * The Word document's "Overall progress" section: the headline, the figures, the chart
 * and the summary table.
 */
final class DocxOverview {

	private final DocxParts parts;

	DocxOverview(DocxParts parts) {
		this.parts = parts;
	}

	void write(Overview o, int number) throws IOException {
		this.parts.heading(2, number + ". Overall progress");
		this.parts.paragraph("The programme is rated " + o.status().word() + ". " + o.headline(), false, false);
		List<Entry> figures = new ArrayList<>();
		figures.add(new Entry("Actions in the plan", String.valueOf(o.actions())));
		figures.addAll(o.counts());
		figures.add(new Entry("Complete (mean of all actions)", o.percentComplete()));
		figures.add(new Entry("Programme time elapsed", o.percentTimeElapsed()));
		figures.add(new Entry("Rated actions on track or complete", o.percentOnTrack()));
		figures.add(new Entry("Updates missing this period", String.valueOf(o.updatesMissing())));
		figures.add(new Entry("Ratings to challenge (lead better than dates)", String.valueOf(o.conflicts())));
		figures.add(new Entry("Direction of travel", o.direction() + ": " + o.directionReason()));
		this.parts.labelled(figures, 50);
		this.parts.blocks(o.commentary());
		this.parts.chart(this.parts.paragraph("", false, false), o.chart());
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
	}

}
