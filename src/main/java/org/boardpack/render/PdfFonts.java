package org.boardpack.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every PDF embeds: Liberation Sans (SIL Open Font License, see
 * {@code fonts/LICENSE-LiberationSans.txt}), which has the widths of Arial and Helvetica,
 * so a template written for those lays out the same. PDF/UA-1 requires every font to be
 * embedded, so the family is registered under the names templates use and the generic
 * names: no text falls through to a font outside the file.
 */
final class PdfFonts {

	private static final List<String> FAMILIES = List.of("Liberation Sans", "Helvetica", "Arial", "sans-serif", "serif",
			"monospace");

	private static final List<Face> FACES = List.of(new Face("Regular", 400, FontStyle.NORMAL),
			new Face("Bold", 700, FontStyle.NORMAL), new Face("Italic", 400, FontStyle.ITALIC),
			new Face("BoldItalic", 700, FontStyle.ITALIC));

	private PdfFonts() {
	}

	/**
	 * Each face is loaded into the document once and shared by every family name, so it
	 * is parsed and embedded once: registered per name, the renderer loaded each face
	 * five times.
	 */
	static void register(PdfRendererBuilder builder, PDDocument document) throws IOException {
		for (Face face : FACES) {
			PDFontSupplier font = new PDFontSupplier(PDType0Font.load(document, face.parse(), true));
			for (String family : FAMILIES) {
				builder.useFont(font, family, face.weight(), face.style(), true);
			}
		}
		// anything else, such as a monospace page counter, falls back to the regular face
		Face regular = FACES.get(0);
		builder.useFont(regular::open, "Liberation Sans Fallback", regular.weight(), regular.style(), true,
				EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
	}

	/** One face of the family; its bytes are read once and kept. */
	private record Face(byte[] bytes, int weight, FontStyle style) {

		Face(String name, int weight, FontStyle style) {
			this(read("/fonts/LiberationSans-" + name + ".ttf"), weight, style);
		}

		InputStream open() {
			return new ByteArrayInputStream(this.bytes);
		}

		/**
		 * The face without glyph substitution: for Latin text it only makes ligatures,
		 * which a reader's copied text does not want, and PDFBox compiled a pattern for
		 * every word it wrote, a fifth of a run's processor time.
		 */
		TrueTypeFont parse() throws IOException {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(this.bytes));
			font.setEnableGsub(false);
			return font;
		}

		private static byte[] read(String resource) {
			try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Font " + resource + " is missing from the application");
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
