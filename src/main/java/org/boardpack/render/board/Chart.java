package org.boardpack.render.board;

import java.util.Base64;

/**
 * A chart drawn as a PNG at print resolution, with the size it is shown at and the
 * alternative text that says what it shows in numbers.
 */
public record Chart(byte[] png, double widthMm, double heightMm, String alt) {

	/**
	 * The image as a {@code data:} URI, so the HTML file carries its charts inside it.
	 */
	public String dataUri() {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(this.png);
	}

}
