package org.boardpack.render.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.boardpack.pack.RagPalette;
import org.boardpack.plan.Rag;
import org.boardpack.rating.Direction;
import org.boardpack.rating.RagCounts;
import org.boardpack.rollup.PriorityRollup;
import org.junit.jupiter.api.Test;

/**
 * The priority bar chart as a reader sees it: read back from its PNG, every coloured part
 * stands out from the page by at least 3:1, every part carries its letter and count
 * however narrow it is, and a long priority name is written whole.
 */
class PriorityBarChartTests {

	private static final RagPalette PALETTE = RagPalette.load(Path.of("templates", RagPalette.FILE));

	private static final String LONG = "Management oversight and quality assurance of frontline social work practice";

	/**
	 * Counts like the bundled programme's October 2017: long bars beside parts of one.
	 */
	private static final List<PriorityRollup> PRIORITIES = List.of(
			priority("1", "Leadership and governance", 24, 0, 5, 1, 1), priority("2", LONG, 39, 0, 0, 0, 0),
			priority("4", "Safeguarding", 31, 1, 0, 0, 1),
			priority("5", "Supporting children looked after", 58, 1, 0, 0, 0),
			priority("10", "Legal services", 16, 2, 1, 1, 1, 3));

	@Test
	void everyColouredPartIsBoundedByAtLeastThreeToOneAgainstThePage() throws IOException {
		// given
		BarLayout layout = BarLayout.of(PRIORITIES);

		// when
		BufferedImage png = read(PriorityBarChart.draw(PRIORITIES, PALETTE));

		// then every segment, walked into from the white below it, from the gap on its
		// left and from its right, meets an edge of 3:1 against white and against its
		// fill
		int segments = 0;
		for (BarLayout.Row row : layout.rows()) {
			for (BarLayout.Segment segment : row.segments()) {
				Color fill = Canvas.colour(PriorityBarChart.swatch(segment.part(), PALETTE).fill());
				double middle = row.barTop() + BarLayout.BAR / 2;
				assertThat(pixel(png, segment.centre(), row.barTop() + BarLayout.BAR - 0.7))
					.as("inside %s", segment.label())
					.isEqualTo(fill);
				assertBounded(png, segment.label(), fill, segment.centre(), row.barTop() + BarLayout.BAR + 0.5, 0, -1);
				assertBounded(png, segment.label(), fill, segment.x() - 0.2, middle, 1, 0);
				assertBounded(png, segment.label(), fill, segment.x() + segment.width() + 0.2, middle, -1, 0);
				segments++;
			}
		}
		assertThat(segments).isEqualTo(16);
	}

	@Test
	void theKeyShowsEachColourWithTheLetterOnTheBarsAndTheSameEdge() throws IOException {
		// given
		BarLayout layout = BarLayout.of(PRIORITIES);

		// when
		BufferedImage png = read(PriorityBarChart.draw(PRIORITIES, PALETTE));

		// then
		assertThat(layout.key()).extracting(BarLayout.Key::code).containsExactly("B", "G", "A", "R", "Grey", "C");
		assertThat(layout.key()).extracting(BarLayout.Key::word)
			.containsExactly("Blue", "Green", "Amber", "Red", "", "Cancelled");
		BarLayout.Key last = layout.key().get(layout.key().size() - 1);
		assertThat(last.x() + last.swatchWidth() + 1.5 + Canvas.measure(last.word(), BarLayout.NAME_SIZE, false))
			.as("the key's last word ends inside the chart")
			.isLessThanOrEqualTo(layout.width());
		for (BarLayout.Key key : layout.key()) {
			Color fill = Canvas.colour(PriorityBarChart.swatch(key.part(), PALETTE).fill());
			assertBounded(png, key.code(), fill, key.x() - 0.3, 4.6, 1, 0);
		}
		assertThat(layout.rows()).allSatisfy((row) -> assertThat(row.segments())
			.allSatisfy((s) -> assertThat(s.label()).isEqualTo(BarLayout.code(s.part()) + " " + s.count())));
	}

	@Test
	void aSegmentTooNarrowForItsLabelIsLabelledAboveWithoutCoveringAnother() throws IOException {
		// given
		BarLayout layout = BarLayout.of(PRIORITIES);
		BarLayout.Row first = layout.rows().get(0);

		// when
		BufferedImage png = read(PriorityBarChart.draw(PRIORITIES, PALETTE));

		// then the red 1 and grey 1 of the first priority are labelled above their bar
		assertThat(first.segments()).filteredOn((s) -> !s.inside())
			.extracting(BarLayout.Segment::label)
			.containsExactly("R 1", "Grey 1");
		assertThat(first.segments()).filteredOn(BarLayout.Segment::inside)
			.extracting(BarLayout.Segment::label)
			.containsExactly("B 24", "A 5");
		for (BarLayout.Row row : layout.rows()) {
			List<BarLayout.Segment> above = row.segments().stream().filter((s) -> !s.inside()).toList();
			for (int i = 0; i < above.size(); i++) {
				BarLayout.Segment segment = above.get(i);
				double left = segment.labelX() - segment.labelWidth() / 2;
				double right = segment.labelX() + segment.labelWidth() / 2;
				assertThat(right).as(segment.label()).isLessThan(layout.width());
				if (i > 0) {
					BarLayout.Segment before = above.get(i - 1);
					assertThat(left).as(segment.label()).isGreaterThan(before.labelX() + before.labelWidth() / 2);
				}
				assertThat(darkPixels(png, left, right, BarLayout.calloutBaseline(row) - 2.0,
						BarLayout.calloutBaseline(row)))
					.as("ink of %s", segment.label())
					.isGreaterThan(20);
			}
			for (BarLayout.Segment segment : row.segments()) {
				if (segment.inside()) {
					assertThat(segment.labelWidth()).as(segment.label()).isLessThan(segment.width() - 1);
				}
			}
		}
		// and above the middle of a long bar, where no label is, the page is blank
		BarLayout.Segment blue = first.segments().get(0);
		assertThat(darkPixels(png, blue.x() + 2, blue.centre() - 5, BarLayout.calloutBaseline(first) - 2.0,
				BarLayout.calloutBaseline(first)))
			.isZero();
	}

	@Test
	void aLongPriorityNameIsWrappedOntoLinesWithEveryWordKept() {
		// when
		BarLayout layout = BarLayout.of(PRIORITIES);

		// then
		BarLayout.Row row = layout.rows().get(1);
		assertThat(row.title()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(String.join(" ", row.title())).isEqualTo(LONG);
		assertThat(row.title())
			.allSatisfy((line) -> assertThat(row.titleX() + Canvas.measure(line, BarLayout.NAME_SIZE, false))
				.isLessThan(BarLayout.NAMES));
		assertThat(layout.rows().get(0).title()).containsExactly("Leadership and governance");
	}

	@Test
	void theSameFiguresDrawTheSameBytes() {
		assertThat(PriorityBarChart.draw(PRIORITIES, PALETTE).png())
			.isEqualTo(PriorityBarChart.draw(PRIORITIES, PALETTE).png());
	}

	/**
	 * Walks from a point on the page (white) in a direction until the colour changes,
	 * then a little further so the edge's anti-aliased pixel is passed, and asserts the
	 * colour met there stands out 3:1 from white and, if it is an edge, from the fill.
	 */
	private static void assertBounded(BufferedImage png, String what, Color fill, double xMm, double yMm, int dx,
			int dy) {
		int x = px(xMm);
		int y = px(yMm);
		assertThat(new Color(png.getRGB(x, y))).as("page beside %s", what).isEqualTo(Color.WHITE);
		int steps = 0;
		while (png.getRGB(x, y) == Color.WHITE.getRGB()) {
			x += dx;
			y += dy;
			assertThat(++steps).as("%s not reached", what).isLessThan(200);
		}
		Color edge = new Color(png.getRGB(x + 2 * dx, y + 2 * dy));
		assertThat(Contrast.ratio(edge, Color.WHITE)).as("%s's edge %s against white", what, edge)
			.isGreaterThanOrEqualTo(3.0);
		if (!edge.equals(fill)) {
			assertThat(Contrast.ratio(edge, fill)).as("%s's edge %s against its fill %s", what, edge, fill)
				.isGreaterThanOrEqualTo(3.0);
		}
	}

	private static int darkPixels(BufferedImage png, double left, double right, double top, double bottom) {
		int dark = 0;
		for (int y = px(top); y <= px(bottom); y++) {
			for (int x = px(left); x <= px(right); x++) {
				if (Contrast.ratio(new Color(png.getRGB(x, y)), Color.WHITE) >= 4.5) {
					dark++;
				}
			}
		}
		return dark;
	}

	private static Color pixel(BufferedImage png, double xMm, double yMm) {
		return new Color(png.getRGB(px(xMm), px(yMm)));
	}

	private static int px(double mm) {
		return (int) Math.floor(mm * Canvas.DOTS_PER_MM);
	}

	private static BufferedImage read(Chart chart) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(chart.png()));
	}

	private static PriorityRollup priority(String id, String title, int blue, int green, int amber, int red, int grey) {
		return priority(id, title, blue, green, amber, red, grey, 0);
	}

	private static PriorityRollup priority(String id, String title, int blue, int green, int amber, int red, int grey,
			int cancelled) {
		return new PriorityRollup(id, title, "Lead", "Director", "",
				new RagCounts(blue, green, amber, red, grey, cancelled), 0, 0, 0, 0, Rag.GREEN, "", Direction.NO_CHANGE,
				"", List.of());
	}

}
