package org.boardpack.render.excel;

import java.time.YearMonth;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.boardpack.plan.Rag;
import org.boardpack.rating.Dates;
import org.boardpack.rating.RagCounts;
import org.boardpack.rollup.ProgrammeRollup;

/**
 * The head of the Changes sheet: the programme's totals last period and now, side by
 * side.
 */
final class ChangeTotals {

	private static final Rag[] ORDER = { Rag.BLUE, Rag.GREEN, Rag.AMBER, Rag.RED, Rag.GREY };

	private final Styles styles;

	ChangeTotals(Styles styles) {
		this.styles = styles;
	}

	/**
	 * Writes the totals from the top of the sheet and returns the row for the list's
	 * headings.
	 */
	int write(Sheet sheet, ProgrammeRollup programme) {
		String before = Dates.month(YearMonth.parse(programme.period()).minusMonths(1));
		Cells.text(sheet.createRow(0), 0, "Changes since " + before, this.styles.title);
		ProgrammeRollup.Totals previous = programme.previous();
		if (previous == null) {
			Cells.text(sheet.createRow(1), 0,
					"There is no earlier period with returns to compare with, so no " + "changes are listed.",
					this.styles.text);
			return 3;
		}
		Row heading = sheet.createRow(2);
		Cells.text(heading, 0, "Programme totals", this.styles.header);
		Cells.text(heading, 1, "Was", this.styles.header);
		Cells.text(heading, 2, "Now", this.styles.header);
		int r = 2;
		for (Rag rag : ORDER) {
			r = total(sheet, r, rag.word() + " actions", previous.counts().of(rag), programme.counts().of(rag), rag);
		}
		r = total(sheet, r, "Cancelled actions", previous.counts().cancelled(), programme.counts().cancelled(), null);
		r = total(sheet, r, "Updates missing", previous.updatesMissing(), programme.updatesMissing(), null);
		r = total(sheet, r, "Conflicts to challenge", previous.conflicts(), programme.conflicts(), null);
		RagCounts was = previous.indicatorCounts();
		for (Rag rag : new Rag[] { Rag.GREEN, Rag.AMBER, Rag.RED, Rag.GREY }) {
			r = total(sheet, r, rag.word() + " indicators", was.of(rag), programme.indicatorCounts().of(rag), rag);
		}
		return r + 2;
	}

	private int total(Sheet sheet, int r, String measure, int was, int now, Rag rag) {
		Row row = sheet.createRow(r + 1);
		Cells.text(row, 0, measure, (rag != null) ? this.styles.rag(rag) : this.styles.bold);
		Cells.number(row, 1, (double) was, this.styles.integer);
		Cells.number(row, 2, (double) now, this.styles.integer);
		return r + 1;
	}

}
