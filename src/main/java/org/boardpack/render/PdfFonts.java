package org.boardpack.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every PDF embeds: Liberation Sans (SIL Open Font License, see
 * {@code fonts/LICENSE-LiberationSans.txt}), which has the widths of Arial and Helvetica,
 * so a template written for those lays out the same. PDF/UA-1 requires every font to be
 * embedded, so the family is registered under the names templates use and as the last
 * fallback: no text can fall through to a font outside the file.
 */
final class PdfFonts {

	private static final List<String> FAMILIES = List.of("Liberation Sans", "Helvetica", "Arial", "sans-serif",
			"serif");

	private static final List<Face> FACES = List.of(new Face("Regular", 400, FontStyle.NORMAL),
			new Face("Bold", 700, FontStyle.NORMAL), new Face("Italic", 400, FontStyle.ITALIC),
			new Face("BoldItalic", 700, FontStyle.ITALIC));

	private PdfFonts() {
	}

	static void register(PdfRendererBuilder builder) {
		for (Face face : FACES) {
			for (String family : FAMILIES) {
				builder.useFont(face::open, family, face.weight(), face.style(), true,
						EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
			}
		}
	}

	/** One face of the family; its bytes are read once and kept. */
	private record Face(byte[] bytes, int weight, FontStyle style) {

		Face(String name, int weight, FontStyle style) {
			this(read("/fonts/LiberationSans-" + name + ".ttf"), weight, style);
		}

		InputStream open() {
			return new ByteArrayInputStream(this.bytes);
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
