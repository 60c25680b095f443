package org.boardpack.render.board;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

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
		return new IndicatorRollup("NI 1", "1", "A measure", unit, "higher", "none", "Local data", true, List.of(),
				"2017/18", low, high, target, last, String.valueOf(last), null, null, rag, "", Direction.NO_CHANGE, "",
				Direction.NOT_AVAILABLE, "", List.of(), 0, history, null, 5.0, targets);
	}

}
