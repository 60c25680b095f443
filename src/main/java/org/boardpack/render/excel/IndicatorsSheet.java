package org.boardpack.render.excel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.boardpack.rating.Dates;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.rollup.Rollup;

/**
 * The Indicators sheet: every indicator's scorecard row, then one column per period from
 * the programme's start, so a trend reads across. Figures are numbers formatted by unit.
 */
final class IndicatorsSheet {

	static final String NAME = "Indicators";

	/** The first column of the monthly history. */
	static final int HISTORY = 17;

	private static final List<Column> FIXED = List.of(new Column("Code", 12), new Column("Indicator", 44),
			new Column("Priority", 8), new Column("Unit", 9), new Column("Polarity", 13),
			new Column("Baseline year", 9), new Column("Baseline", 10), new Column("Target year", 9),
			new Column("Target", 11), new Column("Latest value", 10), new Column("Previous value", 10),
			new Column("RAG", 9), new Column("Since last period", 12), new Column("Since last year", 12),
			new Column("National average", 10), new Column("Statistical neighbours", 12), new Column("Reason", 36));

	private final Styles styles;

	IndicatorsSheet(Styles styles) {
		this.styles = styles.sortable();
	}

	void write(SXSSFWorkbook workbook, Rollup rollup) {
		SXSSFSheet sheet = workbook.createSheet(NAME);
		List<String> periods = periods(rollup.programme());
		List<Column> columns = new ArrayList<>(FIXED);
		periods.forEach((period) -> columns.add(new Column(Dates.month(period), 10)));
		Column.headings(sheet, sheet.createRow(0), columns, this.styles);
		int r = 0;
		for (IndicatorRollup indicator : rollup.indicators()) {
			Row row = sheet.createRow(++r);
			scorecard(row, indicator);
			Map<String, Double> history = new HashMap<>();
			indicator.history().forEach((figure) -> history.put(figure.period(), figure.value()));
			for (int i = 0; i < periods.size(); i++) {
				figure(row, HISTORY + i, indicator.unit(), history.get(periods.get(i)));
			}
			Column.fit(row, columns, null, indicator.title(), null, null, null, null, null, null, indicator.target(),
					null, null, null, null, null, null, null, indicator.reason());
		}
		sheet.createFreezePane(2, 1);
		Protection.readOnly(sheet, columns.size(), r, List.of(),
				"The figures come from the programme's indicator files, not from this sheet: correct them there.");
		Protection.table(workbook, sheet, NAME, columns, r);
		PageSetup.apply(sheet, rollup.programme(), 0);
		PageSetup.wide(sheet, columns.size());
	}

	private void scorecard(Row row, IndicatorRollup indicator) {
		IndicatorRollup.YearFigure baseline = indicator.baselines().isEmpty() ? null
				: indicator.baselines().get(indicator.baselines().size() - 1);
		Cells.text(row, 0, indicator.label(), this.styles.bold);
		Cells.text(row, 1, indicator.title(), this.styles.wrapped);
		Cells.text(row, 2, indicator.priorities(), this.styles.text);
		Cells.text(row, 3, indicator.unit(), this.styles.text);
		Cells.text(row, 4, indicator.polarity(), this.styles.text);
		Cells.text(row, 5, (baseline != null) ? baseline.year() : "", this.styles.text);
		figure(row, 6, indicator.unit(), (baseline != null) ? baseline.value() : null);
		Cells.text(row, 7, indicator.financialYear(), this.styles.text);
		Cells.text(row, 8, (indicator.target() == null || indicator.target().isEmpty()) ? "TBC" : indicator.target(),
				this.styles.text);
		figure(row, 9, indicator.unit(), indicator.value());
		figure(row, 10, indicator.unit(), indicator.previousValue());
		Cells.rag(row, 11, indicator.rag(), this.styles);
		Cells.text(row, 12, (indicator.direction() != null) ? indicator.direction().word() : "", this.styles.text);
		Cells.text(row, 13,
				(indicator.directionSinceLastYear() != null) ? indicator.directionSinceLastYear().word() : "",
				this.styles.text);
		figure(row, 14, indicator.unit(), benchmark(indicator, "national"));
		figure(row, 15, indicator.unit(), benchmark(indicator, "statistical-neighbours"));
		Cells.text(row, 16, indicator.reason(), this.styles.wrapped);
	}

	private void figure(Row row, int column, String unit, Double figure) {
		Cells.number(row, column, UnitFormat.value(unit, figure),
				this.styles.numberStyle(UnitFormat.format(unit, figure)));
	}

	private static Double benchmark(IndicatorRollup indicator, String comparator) {
		return indicator.benchmarks()
			.stream()
			.filter((b) -> b.comparator().equals(comparator))
			.map(IndicatorRollup.BenchmarkFigure::value)
			.findFirst()
			.orElse(null);
	}

	/** Every month from the programme's start to the period. */
	static List<String> periods(ProgrammeRollup programme) {
		List<String> periods = new ArrayList<>();
		YearMonth last = YearMonth.parse(programme.period());
		for (YearMonth month = YearMonth.parse(programme.start()); !month.isAfter(last); month = month.plusMonths(1)) {
			periods.add(month.toString());
		}
		return periods;
	}

}
