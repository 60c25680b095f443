package org.boardpack.render.excel;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.boardpack.input.Text;
import org.boardpack.plan.ActionStatus;
import org.boardpack.input.Counted;
import org.boardpack.input.Percent;
import org.boardpack.render.PriorityChartText;
import org.boardpack.rollup.ActionRollup;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rollup.ProgrammeRollup;

/**
 * One sheet per priority, laid out for a board member's printed pack: the priority's
 * rating and counts at the top, then its actions with their assessed RAG, reason and the
 * lead's commentary.
 */
final class PrioritySheet {

	static final int HEADINGS = 5;

	/** Excel's longest sheet name. */
	static final int SHEET_NAME = 31;

	/** Words that join a title's parts and mean nothing at the end of a cut name. */
	private static final String JOINING = "(?i:and|or|of|the|for|to|in|on|with|by|a|an)";

	static final List<Column> COLUMNS = List.of(new Column("Action", 8), new Column("Key action", 42),
			new Column("Lead", 10), new Column("Due", 11), new Column("Status", 11), new Column("Done", 7),
			new Column("RAG", 8), new Column("Reason", 30), new Column("Commentary", 42),
			new Column("Since last period", 18));

	private final Styles styles;

	private final Set<String> names = new HashSet<>();

	PrioritySheet(Styles styles) {
		this.styles = styles;
	}

	void write(SXSSFWorkbook workbook, ProgrammeRollup programme, PriorityRollup priority) {
		SXSSFSheet sheet = workbook.createSheet(name(priority.id(), priority.title()));
		int last = COLUMNS.size() - 1;
		Cells.text(sheet.createRow(0), 0, "Priority " + priority.id() + ": " + priority.title(), this.styles.title);
		Row lead = sheet.createRow(1);
		Cells.text(lead, 0,
				"Lead officer: " + priority.lead()
						+ ((priority.leadTitle() != null && !priority.leadTitle().equals(priority.lead()))
								? ", " + priority.leadTitle() : ""),
				this.styles.label);
		Row rag = sheet.createRow(2);
		Cells.rag(rag, 0, priority.rag(), this.styles);
		String reason = priority.reason() + counts(priority);
		Cells.text(rag, 1, reason, this.styles.wrapped);
		sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, last));
		rag.setHeightInPoints(Column.lines(reason, COLUMNS.stream().skip(1).mapToInt(Column::width).sum()) * 13f + 3);
		if (priority.summary() != null && !priority.summary().isEmpty()) {
			Row summary = sheet.createRow(3);
			Cells.text(summary, 0, priority.summary(), this.styles.note);
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, last));
			int width = COLUMNS.stream().mapToInt(Column::width).sum();
			summary.setHeightInPoints(Column.lines(priority.summary(), width) * 13f + 2);
		}
		Column.headings(sheet, sheet.createRow(HEADINGS), COLUMNS, this.styles);
		int r = HEADINGS;
		for (ActionRollup action : priority.actions()) {
			row(sheet.createRow(++r), action);
		}
		sheet.createFreezePane(0, HEADINGS + 1);
		Protection.protect(workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()));
		PageSetup.apply(sheet, programme, HEADINGS, "Priority " + priority.id() + ": " + priority.title());
	}

	private void row(Row row, ActionRollup action) {
		ActionStatus status = ActionStatus.parse(action.status());
		Cells.text(row, 0, action.id(), this.styles.bold);
		Cells.text(row, 1, action.description(), this.styles.wrapped);
		Cells.text(row, 2, action.lead(), this.styles.wrapped);
		Cells.date(row, 3, action.currentDueDate(), this.styles.date);
		Cells.text(row, 4, (status != null) ? status.label() : action.status(), this.styles.wrapped);
		Cells.number(row, 5, Cells.fraction(action.percentComplete()), this.styles.percent);
		Cells.rag(row, 6, action.assessedRag(), this.styles);
		Cells.text(row, 7, action.assessedReason(), this.styles.wrapped);
		Cells.text(row, 8, action.commentary(), this.styles.wrapped);
		Cells.text(row, 9, ActionsSheet.changes(action), this.styles.wrapped);
		Column.fit(row, COLUMNS, null, action.description(), action.lead(), null, null, null, null,
				action.assessedReason(), action.commentary(), ActionsSheet.changes(action));
	}

	private static String counts(PriorityRollup priority) {
		return Text.format(". %s; %s with no update; %s complete; since last period: %s.",
				PriorityChartText.sentence(priority.counts()), Counted.of(priority.updatesMissing(), "action"),
				Percent.shown(priority.percentComplete()), (priority.direction() != null)
						? priority.direction().word().toLowerCase(Locale.ROOT) : "not available");
	}

	/**
	 * A sheet name: at most 31 characters, none of : \ / ? * [ ], and unique in the
	 * workbook. A longer title is cut after its last whole word that fits, since a tab
	 * reading "Supporting children looked af" is read aloud as nonsense.
	 */
	String name(String id, String title) {
		String name = (id + " " + title).replaceAll("[:\\\\/?*\\[\\]']", " ").replaceAll("\\s+", " ").strip();
		String unique = words(name, SHEET_NAME);
		for (int n = 2; !this.names.add(unique.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			unique = words(name, SHEET_NAME - suffix.length()) + suffix;
		}
		return unique;
	}

	/**
	 * The leading whole words of {@code text} that fit in {@code limit} characters,
	 * without a dangling joining word or dash; the first word cut short only when it
	 * alone is too long.
	 */
	static String words(String text, int limit) {
		if (text.length() <= limit) {
			return text;
		}
		int end = text.lastIndexOf(' ', limit);
		String cut = (end > 0) ? text.substring(0, end) : text.substring(0, limit);
		return cut.replaceAll("(\\s+(" + JOINING + "|[\\p{Pd},;.&]+))+$", "").strip();
	}

}
