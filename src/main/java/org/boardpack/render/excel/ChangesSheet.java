package org.boardpack.render.excel;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.boardpack.plan.Rag;
import org.boardpack.rating.Dates;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;

/**
 * The Changes sheet: what moved since last period, from the roll-up's previous-period
 * fields. The programme's totals then and now, then one row per change: newly complete,
 * newly red, RAG up or down, due dates revised, updates missing and indicators changing
 * RAG.
 */
final class ChangesSheet {

	static final String NAME = "Changes";

	static final List<Column> COLUMNS = List.of(new Column("Change", 20), new Column("Priority", 8),
			new Column("Id", 9), new Column("Action or indicator", 50), new Column("Was", 12), new Column("Now", 12),
			new Column("Detail", 50));

	private final Styles styles;

	private SXSSFSheet sheet;

	private int row;

	ChangesSheet(Styles styles) {
		this.styles = styles;
	}

	void write(SXSSFWorkbook workbook, Rollup rollup) {
		this.sheet = workbook.createSheet(NAME);
		this.row = 0;
		int headings = new ChangeTotals(this.styles).write(this.sheet, rollup.programme());
		this.row = headings;
		Column.headings(this.sheet, this.sheet.createRow(headings), COLUMNS, this.styles);
		if (rollup.programme().previous() != null) {
			actions(rollup, "Newly complete", (a) -> a.assessedRag() == Rag.BLUE && a.previousRag() != Rag.BLUE);
			actions(rollup, "Newly red", (a) -> a.assessedRag() == Rag.RED && a.previousRag() != Rag.RED);
			actions(rollup, "RAG improved", (a) -> rated(a.previousRag()) && rated(a.assessedRag())
					&& a.previousRag().isWorseThan(a.assessedRag()));
			actions(rollup, "RAG worsened",
					(a) -> rated(a.previousRag()) && a.assessedRag() == Rag.AMBER && a.previousRag() == Rag.GREEN);
			actions(rollup, "RAG changed", (a) -> a.previousRag() != a.assessedRag() && a.assessedRag() != Rag.BLUE
					&& a.assessedRag() != Rag.RED && (!rated(a.previousRag()) || !rated(a.assessedRag())));
			dueDates(rollup);
			missing(rollup);
			indicators(rollup);
		}
		this.sheet.createFreezePane(0, headings + 1);
		Protection.protect(workbook.getXSSFWorkbook().getSheet(NAME));
		PageSetup.apply(this.sheet, rollup.programme(), headings);
	}

	private void actions(Rollup rollup, String change, Predicate<ActionRollup> test) {
		for (PriorityRollup priority : rollup.priorities()) {
			for (ActionRollup action : priority.actions()) {
				if (action.previousRag() != null && test.test(action)) {
					Row r = line(change, action);
					Cells.rag(r, 4, action.previousRag(), this.styles);
					Cells.rag(r, 5, action.assessedRag(), this.styles);
					detail(r, action.assessedReason(), action.description());
				}
			}
		}
	}

	private void dueDates(Rollup rollup) {
		for (PriorityRollup priority : rollup.priorities()) {
			for (ActionRollup action : priority.actions()) {
				if (action.previousDueDate() != null
						&& !Objects.equals(action.previousDueDate(), action.currentDueDate())) {
					Row r = line("Due date revised", action);
					Cells.text(r, 4, Dates.dayOr(action.previousDueDate(), "none"), this.styles.text);
					Cells.text(r, 5, Dates.dayOr(action.currentDueDate(), "none"), this.styles.text);
					detail(r, action.rebaselined() ? "re-baselined by the board" : action.assessedReason(),
							action.description());
				}
			}
		}
	}

	private void missing(Rollup rollup) {
		for (PriorityRollup priority : rollup.priorities()) {
			for (ActionRollup action : priority.actions()) {
				if (action.updateMissing()) {
					Row r = line("Update missing", action);
					Cells.text(r, 4, (action.periodsMissing() > 1) ? "Missing" : "Sent", this.styles.text);
					Cells.text(r, 5, "Missing", this.styles.text);
					detail(r, ActionsSheet.lastUpdated(action) + "; no update for " + action.periodsMissing()
							+ ((action.periodsMissing() == 1) ? " period" : " periods"), action.description());
				}
			}
		}
	}

	private void indicators(Rollup rollup) {
		for (IndicatorRollup indicator : rollup.indicators()) {
			if (indicator.previousRag() != null && indicator.previousRag() != indicator.rag()) {
				Row r = this.sheet.createRow(++this.row);
				Cells.text(r, 0, "Indicator RAG changed", this.styles.text);
				Cells.text(r, 1, indicator.priorities(), this.styles.text);
				Cells.text(r, 2, indicator.label(), this.styles.bold);
				Cells.text(r, 3, indicator.title(), this.styles.wrapped);
				Cells.rag(r, 4, indicator.previousRag(), this.styles);
				Cells.rag(r, 5, indicator.rag(), this.styles);
				detail(r, indicator.reason(), indicator.title());
			}
		}
	}

	/**
	 * Green, Amber and Red are the colours of open, rated actions, and only they move up
	 * or down.
	 */
	private static boolean rated(Rag rag) {
		return rag == Rag.GREEN || rag == Rag.AMBER || rag == Rag.RED;
	}

	private Row line(String change, ActionRollup action) {
		Row r = this.sheet.createRow(++this.row);
		Cells.text(r, 0, change, this.styles.text);
		Cells.text(r, 1, action.priorityId(), this.styles.text);
		Cells.text(r, 2, action.id(), this.styles.bold);
		Cells.text(r, 3, action.description(), this.styles.wrapped);
		return r;
	}

	private void detail(Row r, String detail, String title) {
		Cells.text(r, 6, detail, this.styles.wrapped);
		Column.fit(r, COLUMNS, null, null, null, title, null, null, detail);
	}

}
