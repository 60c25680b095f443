package org.boardpack.render.excel;

import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.boardpack.render.PriorityChartText;
import org.boardpack.rollup.PriorityRollup;
import org.boardpack.rating.ActionCategory;
import org.boardpack.pack.RagPalette;

/**
 * A native stacked bar chart of each priority's actions by RAG, drawn from the Summary's
 * own cells so it stays live when the figures are edited, and coloured from the palette.
 */
final class SummaryChart {

	private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

	static final String TITLE = "Actions by RAG in each priority";

	private static final byte[] WHITE = { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF };

	private static final byte[] EDGE = { 0x1A, 0x1A, 0x1A };

	private final RagPalette palette;

	SummaryChart(RagPalette palette) {
		this.palette = palette;
	}

	/**
	 * @param headings the row of the table's headings; priorities follow it, Blue to
	 * Cancelled in columns D to I
	 */
	void draw(XSSFSheet sheet, int headings, List<PriorityRollup> priorities, int top, int bottom) {
		if (priorities.isEmpty()) {
			return;
		}
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, 10, bottom));
		describe(chart, priorities);
		chart.setTitleText(TITLE);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
		categories.setOrientation(AxisOrientation.MAX_MIN); // priority 1 at the top, as
															// in the table
		XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
		counts.setCrosses(AxisCrosses.AUTO_ZERO);
		counts.setCrossBetween(AxisCrossBetween.BETWEEN);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, counts);
		data.setBarDirection(BarDirection.BAR);
		data.setBarGrouping(BarGrouping.STACKED);
		data.setVaryColors(false);
		int first = headings + 1;
		int last = headings + priorities.size();
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(first, last, 0, 0));
		for (int i = 0; i < PriorityChartText.ORDER.size(); i++) {
			ActionCategory part = PriorityChartText.ORDER.get(i);
			int column = 3 + i;
			XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					new CellRangeAddress(first, last, column, column));
			XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, values);
			series.setTitle(part.word(), new CellReference(sheet.getSheetName(), headings, column, true, true));
			if (part.rag() != null) {
				series.setFillProperties(
						new XDDFSolidFillProperties(XDDFColor.from(this.palette.of(part.rag()).fillRgb())));
			}
			else {
				// Cancelled has no colour of its own: an empty box with a dark edge, as
				// in
				// the board paper's chart.
				series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(WHITE)));
				series.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(EDGE))));
			}
		}
		chart.plot(data);
		overlapFully(chart.getCTChart().getPlotArea().getBarChartArray(0));
	}

	/**
	 * The drawing's title and description are what a screen reader says of the chart, and
	 * the description gives its figures, as the board paper's picture does.
	 */
	private static void describe(XSSFChart chart, List<PriorityRollup> priorities) {
		CTNonVisualDrawingProps properties = chart.getGraphicFrame()
			.getCTGraphicalObjectFrame()
			.getNvGraphicFramePr()
			.getCNvPr();
		properties.setName("Chart of actions by RAG");
		properties.setTitle(TITLE);
		properties.setDescr(PriorityChartText.alt(priorities));
	}

	/**
	 * Stacked bars need their series fully overlapped. The element is written through a
	 * cursor because the slimmed schema library bundled with POI lacks its compiled type.
	 */
	private static void overlapFully(CTBarChart bars) {
		try (XmlCursor cursor = bars.getAxIdArray(0).newCursor()) {
			cursor.beginElement(new QName(CHART_NS, "overlap", "c"));
			cursor.insertAttributeWithValue("val", "100");
		}
	}

}
