package org.boardpack.render.board;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charts written as PNG read back, by any PNG reader, as exactly the pixels that were
 * drawn.
 */
class PngWriterTests {

	@Test
	void aDrawnChartReadsBackPixelForPixel() throws IOException {
		// given a picture with fills, lines and anti-aliased text
		BufferedImage drawn = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = drawn.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 301, 97);
		g.setColor(Color.decode("#C0392B"));
		g.fillRect(5, 5, 60, 40);
		g.setColor(Color.decode("#1F4E79"));
		g.drawLine(0, 90, 300, 10);
		g.setColor(Color.BLACK);
		g.drawString("Rate per 10,000", 120, 60);
		g.dispose();

		// when
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngWriter.write(drawn)));

		// then
		assertThat(read.getWidth()).isEqualTo(drawn.getWidth());
		assertThat(read.getHeight()).isEqualTo(drawn.getHeight());
		for (int y = 0; y < drawn.getHeight(); y++) {
			for (int x = 0; x < drawn.getWidth(); x++) {
				assertThat(read.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(drawn.getRGB(x, y));
			}
		}
	}

	@Test
	void theSameChartGivesTheSameBytes() {
		// when
		byte[] first = chart().toChart("a chart").png();
		byte[] second = chart().toChart("a chart").png();

		// then
		assertThat(first).isEqualTo(second);
	}

	private static Canvas chart() {
		Canvas canvas = new Canvas(30, 10);
		canvas.dot(5, 5, 1, Color.decode("#2E7D32"));
		canvas.text("Amber", 15, 7, 2.5, false, Color.BLACK, -1);
		return canvas;
	}

}
