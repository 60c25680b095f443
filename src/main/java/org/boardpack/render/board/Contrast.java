package org.boardpack.render.board;

import java.awt.Color;

/**
 * WCAG's contrast ratio between two colours, from 1:1 to 21:1. A chart's parts must reach
 * 3:1 against what they touch (WCAG 1.4.11, non-text contrast) to be seen by a reader
 * with low vision or on a poor print.
 */
final class Contrast {

	/** The least ratio WCAG 1.4.11 allows between a chart's part and its neighbour. */
	static final double NON_TEXT = 3.0;

	private Contrast() {
	}

	static double ratio(Color a, Color b) {
		double one = luminance(a);
		double two = luminance(b);
		return (Math.max(one, two) + 0.05) / (Math.min(one, two) + 0.05);
	}

	static double luminance(Color colour) {
		return 0.2126 * channel(colour.getRed()) + 0.7152 * channel(colour.getGreen())
				+ 0.0722 * channel(colour.getBlue());
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
