package org.boardpack.render.exceptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.render.PdfUa;
import org.boardpack.render.Readers;

/**
 * A PDF's text as a reader's tool extracts it, with runs of white space made single
 * spaces.
 */
record PdfText(String text) {

	/** The PDF's text, once veraPDF has found it a tagged PDF/UA-1 document. */
	static PdfText of(Path pdf) throws IOException, InterruptedException {
		PdfUa.assertConforms(pdf);
		String text = Readers.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
		return new PdfText(text.replaceAll("\\s+", " "));
	}

	/** The text from a heading to the next one given, or to the end. */
	PdfText between(String from, String to) {
		int start = this.text.indexOf(from);
		if (start < 0) {
			throw new AssertionError("no \"" + from + "\" in the PDF");
		}
		int end = (to != null) ? this.text.indexOf(to, start + from.length()) : -1;
		return new PdfText(this.text.substring(start, (end < 0) ? this.text.length() : end));
	}

	/**
	 * How many times an action or indicator id stands on its own, not as part of a longer
	 * id or number.
	 */
	int countId(String id) {
		Matcher matcher = Pattern.compile("(?<![\\w.])" + Pattern.quote(id) + "(?![\\w]|\\.\\d)").matcher(this.text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	int count(String phrase) {
		int count = 0;
		for (int at = this.text.indexOf(phrase); at >= 0; at = this.text.indexOf(phrase, at + phrase.length())) {
			count++;
		}
		return count;
	}

	boolean contains(String phrase) {
		return this.text.contains(phrase);
	}

	@Override
	public String toString() {
		return this.text;
	}

}
