package org.boardpack.render.board;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A drawing surface measured in millimetres and stored at print resolution, so a chart
 * drawn for a 30 mm space stays sharp on paper. Text uses the machine's standard
 * sans-serif font.
 */
final class Canvas {

	/** Print resolution: 300 dots per inch. */
	static final double DOTS_PER_MM = 300 / 25.4;

	private static final FontRenderContext MEASURE = new FontRenderContext(
			AffineTransform.getScaleInstance(DOTS_PER_MM, DOTS_PER_MM), true, true);

	private final BufferedImage image;

	private final Graphics2D g;

	private final double widthMm;

	private final double heightMm;

	Canvas(double widthMm, double heightMm) {
		this.widthMm = widthMm;
		this.heightMm = heightMm;
		this.image = new BufferedImage((int) Math.round(widthMm * DOTS_PER_MM),
				(int) Math.round(heightMm * DOTS_PER_MM), BufferedImage.TYPE_INT_RGB);
		this.g = this.image.createGraphics();
		this.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		this.g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		this.g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		this.g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		this.g.setColor(Color.WHITE);
		this.g.fillRect(0, 0, this.image.getWidth(), this.image.getHeight());
		this.g.scale(DOTS_PER_MM, DOTS_PER_MM);
	}

	static Color colour(String hex) {
		return new Color(Integer.parseInt(hex.substring(1), 16));
	}

	void fill(double x, double y, double w, double h, Color colour) {
		this.g.setColor(colour);
		this.g.fill(new Rectangle2D.Double(x, y, w, h));
	}

	void outline(double x, double y, double w, double h, Color colour, double width) {
		this.g.setColor(colour);
		this.g.setStroke(new BasicStroke((float) width));
		this.g.draw(new Rectangle2D.Double(x, y, w, h));
	}

	void line(double x1, double y1, double x2, double y2, Color colour, double width, boolean dashed) {
		this.g.setColor(colour);
		this.g.setStroke(dashed
				? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
						new float[] { (float) (width * 4), (float) (width * 3) }, 0f)
				: new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		this.g.draw(new Line2D.Double(x1, y1, x2, y2));
	}

	void dot(double x, double y, double radius, Color colour) {
		this.g.setColor(colour);
		this.g.fill(new java.awt.geom.Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
	}

	/**
	 * Writes text with its baseline at y; align -1 left, 0 centre, 1 right. Returns the
	 * text's width.
	 */
	double text(String text, double x, double y, double sizeMm, boolean bold, Color colour, int align) {
		this.g.setFont(font(sizeMm, bold));
		double width = this.g.getFontMetrics().getStringBounds(text, this.g).getWidth();
		double left = (align < 0) ? x : (align == 0) ? x - width / 2 : x - width;
		this.g.setColor(colour);
		this.g.drawString(text, (float) left, (float) y);
		return width;
	}

	double textWidth(String text, double sizeMm, boolean bold) {
		return measure(text, sizeMm, bold);
	}

	/**
	 * The width text takes when drawn, measured as a canvas draws it (same scale, same
	 * hints), so a chart can be laid out before its canvas exists.
	 */
	static double measure(String text, double sizeMm, boolean bold) {
		return font(sizeMm, bold).getStringBounds(text, MEASURE).getWidth();
	}

	private static Font font(double sizeMm, boolean bold) {
		return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 10).deriveFont((float) sizeMm);
	}

	Chart toChart(String alt) {
		this.g.dispose();
		return new Chart(PngWriter.write(this.image), this.widthMm, this.heightMm, alt);
	}

}
