package org.boardpack.render.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.boardpack.plan.ActionStatus;
import org.boardpack.plan.TrackerReturn;
import org.boardpack.rating.Dates;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.Rollup;

/**
 * The Actions sheet: every action in plan order, one row each, as a named, filterable
 * table. Its shaded columns are the lead's return for next period; the sheet reads back
 * as an update return.
 */
final class ActionsSheet {

	static final String NAME = "Actions";

	static final int REVISED = 9;

	static final int STATUS = 11;

	static final int PERCENT = 12;

	static final int REPORTED = 13;

	static final int COMMENTARY = 17;

	static final int CHECK = 20;

	static final int RETURNED = 21;

	static final List<Column> COLUMNS = List.of(new Column("Priority", 9), new Column("Issue", 8),
			new Column(TrackerReturn.HEADINGS.get("action_id"), 9), new Column("Key action", 50),
			new Column("Lead", 10), new Column("Lead officer", 24), new Column("Agencies", 16),
			new Column("Timescale", 12), new Column("Due date", 12),
			new Column(TrackerReturn.HEADINGS.get("revised_due_date"), 12),
			new Column(TrackerReturn.HEADINGS.get("rebaselined"), 10),
			new Column(TrackerReturn.HEADINGS.get("status"), 13),
			new Column(TrackerReturn.HEADINGS.get("percent_complete"), 10),
			new Column(TrackerReturn.HEADINGS.get("rag"), 10), new Column("Derived RAG", 10),
			new Column("Assessed RAG", 10), new Column("Reason", 34),
			new Column(TrackerReturn.HEADINGS.get("commentary"), 44), new Column("Last updated", 14),
			new Column("Changed since last period", 24), new Column(TrackerReturn.HEADINGS.get(TrackerReturn.CHECK), 6),
			new Column("Returned by", 30));

	/** The columns a lead fills in: shaded, and read back as the return. */
	static final List<Integer> EDITABLE = List.of(REVISED, STATUS, PERCENT, REPORTED, COMMENTARY);

	private final Styles styles;

	ActionsSheet(Styles styles) {
		this.styles = styles.sortable();
	}

	/** Writes the sheet and returns the number of action rows. */
	int write(SXSSFWorkbook workbook, Rollup rollup) {
		return write(workbook, rollup, (action) -> true);
	}

	/** Writes the sheet with only the actions {@code which} takes. */
	int write(SXSSFWorkbook workbook, Rollup rollup, Predicate<ActionRollup> which) {
		SXSSFSheet sheet = workbook.createSheet(NAME);
		Column.headings(sheet, sheet.createRow(0), COLUMNS, this.styles);
		int index = 0;
		for (PriorityRollup priority : rollup.priorities()) {
			for (ActionRollup action : priority.actions()) {
				if (which.test(action)) {
					row(sheet.createRow(++index), action);
				}
			}
		}
		sheet.setColumnHidden(CHECK, true);
		sheet.createFreezePane(3, 1);
		new ReturnColumns(sheet, this.styles.palette()).apply(index);
		Protection.readOnly(sheet, COLUMNS.size(), index, EDITABLE,
				"Only the shaded columns are filled in: revised due date, status, % complete, reported RAG and "
						+ "commentary. The other columns hold the plan and its ratings.");
		Protection.table(workbook, sheet, NAME, COLUMNS, index);
		PageSetup.apply(sheet, rollup.programme(), 0);
		PageSetup.wide(sheet, COLUMNS.size());
		return index;
	}

	private void row(Row row, ActionRollup action) {
		ActionStatus status = ActionStatus.parse(action.status());
		Cells.text(row, 0, action.priorityId(), this.styles.text);
		Cells.text(row, 1, action.issueId(), this.styles.text);
		Cells.text(row, 2, action.id(), this.styles.bold);
		Cells.text(row, 3, action.description(), this.styles.wrapped);
		Cells.text(row, 4, action.lead(), this.styles.text);
		Cells.text(row, 5, action.leadTitle(), this.styles.wrapped);
		Cells.text(row, 6, action.agencies(), this.styles.wrapped);
		Cells.text(row, 7, action.timescale(), this.styles.wrapped);
		Cells.date(row, 8, action.dueDate(), this.styles.date);
		Cells.date(row, REVISED, action.revisedDueDate(), this.styles.editableDate);
		Cells.text(row, 10, action.rebaselined() ? "Yes" : "", this.styles.text);
		Cells.text(row, STATUS, (status != null) ? status.label() : action.status(), this.styles.editableText);
		Cells.number(row, PERCENT, Cells.fraction(action.percentComplete()), this.styles.editablePercent);
		Cells.text(row, REPORTED, (action.reportedRag() != null) ? action.reportedRag().word() : "",
				this.styles.editableText);
		Cells.rag(row, 14, action.derivedRag(), this.styles);
		Cells.rag(row, 15, action.assessedRag(), this.styles);
		Cells.text(row, 16, action.assessedReason(), this.styles.wrapped);
		Cells.text(row, COMMENTARY, action.commentary(), this.styles.editableText);
		Cells.text(row, 18, lastUpdated(action), this.styles.wrapped);
		Cells.text(row, 19, changes(action), this.styles.wrapped);
		Cells.text(row, CHECK, TrackerReturn.check(action.status(), action.percentComplete(), action.reportedRag(),
				action.commentary(), action.revisedDueDate(), action.rebaselined()), this.styles.text);
		Cells.text(row, RETURNED, returnedBy(action), this.styles.wrapped);
		Column.fit(row, COLUMNS, null, null, null, action.description(), null, action.leadTitle(), action.agencies(),
				action.timescale(), null, null, null, null, null, null, null, null, action.assessedReason(),
				action.commentary(), lastUpdated(action), changes(action), null, returnedBy(action));
	}

	static String lastUpdated(ActionRollup action) {
		String last = (action.lastUpdate() != null) ? Dates.month(action.lastUpdate()) : "Never";
		return action.updateMissing() ? last + "; no update this period" : last;
	}

	/**
	 * Whose return the latest update was, the file it came in, and who typed it when:
	 * "DCS in updates/2017-10/DCS.xlsx; updated by A Clerk on 30 Oct 2017".
	 */
	static String returnedBy(ActionRollup action) {
		List<String> parts = new ArrayList<>();
		String lead = Objects.toString(action.returnLead(), "");
		String file = Objects.toString(action.returnFile(), "");
		if (!lead.isEmpty()) {
			parts.add(lead + (file.isEmpty() ? "" : " in " + file));
		}
		String by = (action.updatedBy() != null) ? action.updatedBy() : "";
		if (!by.isEmpty() || action.updatedOn() != null) {
			parts.add("updated" + (by.isEmpty() ? "" : " by " + by)
					+ ((action.updatedOn() != null) ? " on " + Dates.day(action.updatedOn()) : ""));
		}
		return String.join("; ", parts);
	}

	/**
	 * What changed since last period, in words; empty when nothing did or there is no
	 * last period.
	 */
	static String changes(ActionRollup action) {
		if (action.previousRag() == null) {
			return "";
		}
		List<String> changes = new ArrayList<>();
		if (action.previousRag() != action.assessedRag()) {
			changes.add(action.assessedRag().word() + ", was " + action.previousRag().word());
		}
		if (action.previousDueDate() != null && !Objects.equals(action.previousDueDate(), action.currentDueDate())) {
			changes.add("due " + Dates.dayOr(action.currentDueDate(), "none") + ", was "
					+ Dates.dayOr(action.previousDueDate(), "none"));
		}
		if (action.updateMissing()) {
			changes.add((action.periodsMissing() > 1) ? "no update for " + action.periodsMissing() + " periods"
					: "no update");
		}
		return String.join("; ", changes);
	}

}
