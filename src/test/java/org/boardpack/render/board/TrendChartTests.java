package org.boardpack.render.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.boardpack.pack.RagPalette;
import org.boardpack.plan.Rag;
import org.boardpack.rating.Direction;
import org.boardpack.rollup.IndicatorRollup;
import org.boardpack.rollup.IndicatorRollup.PeriodFigure;
import org.boardpack.rollup.IndicatorRollup.YearTarget;
import org.boardpack.rollup.Rollup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An indicator's trend as a reader sees it, read back from its PNG: lines stand out 3:1
 * from the page, the target is told from the series by its dashes rather than its colour,
 * and the latest point is labelled with its value and rating, whole.
 */
class TrendChartTests {

	private static final RagPalette PALETTE = RagPalette.load(Path.of("templates", RagPalette.FILE));

	/** Fewer pixels in a row than this are an anti-aliased edge, not a drawn colour. */
	private static final int RUN = 12;

	/** The shading between the two ends of a target range. */
	private static final int BAND = 0xFFEDEDED;

	@Test
	void everyLineDrawnReachesThreeToOneAgainstThePage() throws IOException {
		// given a target range, drawn as a shaded band between two dashed lines
		IndicatorRollup indicator = indicator("percent", 80.0, 90.0, "80% to 90%", Rag.AMBER, 84, 86, 83, 88, 79, 77);

		// when
		BufferedImage png = read(TrendChart.large(indicator, PALETTE));

		// then every line or area drawn along a row (gridlines, target, the marker's
		// fill) has, across its thickness, a core or an edge of 3:1 against the page;
		// only the band's light shading between its dashed edges is exempt
		Set<Integer> drawn = new TreeSet<>();
		for (int y = 0; y < png.getHeight(); y++) {
			int run = 0;
			for (int x = 1; x < png.getWidth(); x++) {
				int rgb = png.getRGB(x, y);
				run = (rgb == png.getRGB(x - 1, y)) ? run + 1 : 0;
				if (run + 1 == RUN && rgb != Color.WHITE.getRGB() && rgb != BAND) {
					drawn.add(rgb);
					assertThat(Contrast.ratio(strongestAcross(png, x, y), Color.WHITE))
						.as("#%06X at %d,%d: its line's strongest colour against white", rgb & 0xFFFFFF, x, y)
						.isGreaterThanOrEqualTo(3.0);
				}
			}
		}
		assertThat(drawn).contains(TrendChart.TARGET.getRGB(), Canvas.colour(PALETTE.of(Rag.AMBER).fill()).getRGB());
	}

	@Test
	void theTargetIsDashedAndTheSeriesSolidSoNoColourIsNeededToTellThemApart() throws IOException {
		// given a flat series under its target
		IndicatorRollup indicator = indicator("count", 30.0, null, "30", Rag.RED, 20, 20, 20, 20, 20, 20);

		for (Chart chart : List.of(TrendChart.large(indicator, PALETTE), TrendChart.small(indicator, PALETTE))) {
			// when
			BufferedImage png = read(chart);

			// then
			assertThat(mostRuns(png, TrendChart.TARGET)).as("dashes of the target").isGreaterThanOrEqualTo(5);
			assertThat(mostRuns(png, TrendChart.LINE)).as("pieces of the series' row").isEqualTo(1);
			assertThat(Contrast.ratio(TrendChart.TARGET, Color.WHITE)).isGreaterThanOrEqualTo(3.0);
			assertThat(Contrast.ratio(TrendChart.LINE, Color.WHITE)).isGreaterThanOrEqualTo(3.0);
		}
	}

	@Test
	void theLatestPointIsLabelledWithItsValueAndRatingWithNothingCut() throws IOException {
		// given a rate, whose figures are the longest to write
		IndicatorRollup indicator = indicator("rate", 50.0, null, "50 per 10,000", Rag.GREEN, 48.5, 52.25, 55.25);

		// when
		Chart chart = TrendChart.large(indicator, PALETTE);
		BufferedImage png = read(chart);

		// then
		assertThat(TrendChart.latest(indicator)).containsExactly("55.3 per 10,000", "Green");
		assertThat(chart.alt()).endsWith("Monthly values: Aug 2017 48.5 per 10,000, Sep 2017 52.3 per 10,000, "
				+ "Oct 2017 55.3 per 10,000. The latest value is rated Green.");
		int right = png.getWidth() - 1;
		for (int y = 0; y < png.getHeight(); y++) {
			assertThat(png.getRGB(right, y)).as("right edge, row %d", y).isEqualTo(Color.WHITE.getRGB());
		}
		assertThat(darkColumns(png)).as("columns with ink right of the plot").isGreaterThan(100);
	}

	@Test
	void eachFinancialYearIsDrawnAgainstItsOwnTargetAsAStep(@TempDir Path temp) throws Exception {
		// given a trend from January to June 2017, with a target of 80% for 2016/17 and
		// 90% for 2017/18
		Rollup june = NumbersProgramme.rollup(NumbersProgramme.write(temp), NumbersProgramme.JUNE);
		IndicatorRollup assessments = indicator(june, "I1");

		// when
		Chart chart = TrendChart.large(assessments, PALETTE);
		BufferedImage png = read(chart);

		// then the steps are the years' own targets, and the alternative text says so
		assertThat(TargetSteps.of(assessments))
			.extracting((step) -> step.year(), (step) -> step.target().text(), (step) -> step.from().toString(),
					(step) -> step.to().toString())
			.containsExactly(tuple("2016/17", "80%", "2017-01", "2017-04"),
					tuple("2017/18", "90%", "2017-04", "2017-06"));
		assertThat(chart.alt()).isEqualTo("Line chart of I1, Assessments within 45 days, against the target of each "
				+ "financial year: 2016/17 80%, 2017/18 90%. Monthly values: Jan 2017 78%, Feb 2017 80%, Mar 2017 82%, "
				+ "Apr 2017 85%, May 2017 86%, Jun 2017 88%. The latest value is rated Amber.");
		assertThat(TrendChart.small(assessments, PALETTE).alt()).isEqualTo("Trend of I1 from Jan 2017 (78%) to Jun "
				+ "2017 (88%), against the target of each financial year: 2016/17 80%, 2017/18 90%.");
		// and the dashes of the earlier year's lower target are drawn lower on the page
		// than those of the later year's
		int before = rowOfDashes(png, 30, 88);
		int after = rowOfDashes(png, 100, 138);
		assertThat(before).as("2016/17 target's row").isGreaterThan(after + 10);
	}

	@Test
	void theValueAxisStartsAtZeroUnlessTheFiguresSitFarFromIt() {
		// a count from 5 to 12 against a target of 10: from zero
		assertThat(TrendChart.valueRange(5, 12, false, true)[0]).isZero();
		// percentages from 78% to 90%: the lowest is over three quarters of the highest
		assertThat(TrendChart.valueRange(78, 90, true, true)[0]).isGreaterThan(70).isLessThan(78);
		// caseloads of 6 to 13
		assertThat(TrendChart.valueRange(6, 13, false, true)[0]).isZero();
		// a scorecard's small trend has no axis: it is scaled to its own figures
		assertThat(TrendChart.valueRange(6, 13, false, false)[0]).isGreaterThan(5).isLessThan(6);
		// a percentage can reach 100 but the axis never passes it
		assertThat(TrendChart.valueRange(95, 100, true, true)[1]).isEqualTo(100);
	}

	@Test
	void oneFigureIsNoSeriesSoNoChartIsDrawn(@TempDir Path temp) throws Exception {
		// given
		Rollup june = NumbersProgramme.rollup(NumbersProgramme.write(temp), NumbersProgramme.JUNE);

		// when
		IndicatorRollup audits = indicator(june, "I3");

		// then
		assertThat(audits.history()).hasSize(1);
		assertThat(TrendChart.small(audits, PALETTE)).isNull();
		assertThat(TrendChart.large(audits, PALETTE)).isNull();
	}

	@Test
	void theTrendsAlternativeTextInThePaperGivesEachYearsTarget(@TempDir Path temp) throws Exception {
		// given
		Path folder = NumbersProgramme.write(temp);
		Rollup june = NumbersProgramme.rollup(folder, NumbersProgramme.JUNE);

		// when
		Papers.write(folder, june, temp);
		Document html = Papers.xml(temp.resolve("board-paper.html"));

		// then each trend names the targets of the years its figures fall in
		List<String> alts = new ArrayList<>();
		NodeList images = html.getElementsByTagName("img");
		for (int i = 0; i < images.getLength(); i++) {
			alts.add(((Element) images.item(i)).getAttribute("alt"));
		}
		assertThat(alts)
			.contains("Trend of I1 from Jan 2017 (78%) to Jun 2017 (88%), against the target of each "
					+ "financial year: 2016/17 80%, 2017/18 90%.")
			.noneMatch((alt) -> alt.contains("I3"));
		// I2's figures run to March 2017, so 2017/18, which has no target, is not named;
		// with
		// neither a figure nor a target in June it is listed in the appendix, not charted
		assertThat(TrendChart.small(indicator(june, "I2"), PALETTE).alt())
			.isEqualTo("Trend of I2 from Jan 2017 (5) to Mar 2017 (12), against the 2016/17 target of 10.");
	}

	private static IndicatorRollup indicator(Rollup rollup, String id) {
		return rollup.indicators().stream().filter((i) -> i.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * The pixel row between two points of the plot, in millimetres, that holds the most
	 * separate dashes of the target's colour, below the legend.
	 */
	private static int rowOfDashes(BufferedImage png, double fromMm, double toMm) {
		int best = -1;
		int most = 0;
		for (int y = (int) (8 * Canvas.DOTS_PER_MM); y < png.getHeight(); y++) {
			int runs = 0;
			boolean in = false;
			for (int x = (int) (fromMm * Canvas.DOTS_PER_MM); x < (int) (toMm * Canvas.DOTS_PER_MM); x++) {
				boolean target = near(png.getRGB(x, y), TrendChart.TARGET);
				runs += (target && !in) ? 1 : 0;
				in = target;
			}
			if (runs > most) {
				most = runs;
				best = y;
			}
		}
		assertThat(most).as("dashes between %s and %s mm", fromMm, toMm).isGreaterThanOrEqualTo(3);
		return best;
	}

	/**
	 * The colour of most contrast with the page met going up and down from a pixel, up to
	 * the page or 24 pixels (2 mm): for an anti-aliased row of a line, its core; for a
	 * light fill, the edge that bounds it.
	 */
	private static Color strongestAcross(BufferedImage png, int x, int y) {
		Color strongest = new Color(png.getRGB(x, y));
		for (int dy : new int[] { -1, 1 }) {
			for (int at = y + dy; at >= 0 && at < png.getHeight() && Math.abs(at - y) <= 24; at += dy) {
				Color colour = new Color(png.getRGB(x, at));
				if (colour.equals(Color.WHITE)) {
					break;
				}
				if (Contrast.ratio(colour, Color.WHITE) > Contrast.ratio(strongest, Color.WHITE)) {
					strongest = colour;
				}
			}
		}
		return strongest;
	}

	/**
	 * The most separate runs of the colour found on any one row, left of where the latest
	 * value's label may be.
	 */
	private static int mostRuns(BufferedImage png, Color colour) {
		int plot = png.getWidth() * 3 / 4;
		int most = 0;
		for (int y = 0; y < png.getHeight(); y++) {
			List<Integer> runs = new ArrayList<>();
			int run = 0;
			for (int x = 0; x <= plot; x++) {
				if (x < plot && near(png.getRGB(x, y), colour)) {
					run++;
				}
				else if (run > 0) {
					if (run >= 4) {
						runs.add(run);
					}
					run = 0;
				}
			}
			most = Math.max(most, runs.size());
		}
		return most;
	}

	/**
	 * Within a few levels of the colour: where two pieces of a line meet, anti-aliasing
	 * leaves pixels a shade off it.
	 */
	private static boolean near(int rgb, Color colour) {
		Color pixel = new Color(rgb);
		return Math.abs(pixel.getRed() - colour.getRed()) + Math.abs(pixel.getGreen() - colour.getGreen())
				+ Math.abs(pixel.getBlue() - colour.getBlue()) <= 40;
	}

	/** Columns right of the widest plot that hold text dark enough to read. */
	private static int darkColumns(BufferedImage png) {
		int columns = 0;
		for (int x = (int) (144 * Canvas.DOTS_PER_MM); x < png.getWidth(); x++) {
			for (int y = 0; y < png.getHeight(); y++) {
				if (Contrast.ratio(new Color(png.getRGB(x, y)), Color.WHITE) >= 4.5) {
					columns++;
					break;
				}
			}
		}
		return columns;
	}

	private static BufferedImage read(Chart chart) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(chart.png()));
	}

	private static IndicatorRollup indicator(String unit, Double low, Double high, String target, Rag rag,
			double... values) {
		List<PeriodFigure> history = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			history.add(new PeriodFigure(java.time.YearMonth.of(2017, 10).minusMonths(values.length - 1 - i).toString(),
					values[i]));
		}
		double last = values[values.length - 1];
		List<YearTarget> targets = (low != null)
				? List.of(new YearTarget("2017/18", low, (high != null) ? high : low, target)) : List.of();
		return new IndicatorRollup("NI 1", List.of("1"), "A measure", unit, "higher", "none", "Local data", true,
				List.of(), "2017/18", low, high, target, last, String.valueOf(last), null, null, rag, "",
				Direction.NO_CHANGE, "", Direction.NOT_AVAILABLE, "", List.of(), 0, history, null, 5.0, List.of(),
				targets);
	}

}
