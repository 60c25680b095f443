package org.boardpack.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;

import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Renders an XHTML document to PDF with Flying Saucer on OpenPDF, so a PDF is the same
 * document as its HTML. Page size, running headers, page numbers and bookmarks come from
 * the document's CSS and {@code <bookmarks>}; the document information and language are
 * set here. The same document always gives the same bytes: dates are the given date and
 * the file identifier is a digest of the content.
 */
public final class HtmlPdf {

	private HtmlPdf() {
	}

	/**
	 * Document information of a PDF.
	 *
	 * @param language a BCP 47 tag such as {@code en-GB}
	 * @param date the date recorded as the document's creation date, e.g. the period's
	 * "as at" date
	 */
	public record Info(String title, String author, String subject, String language, LocalDate date) {
	}

	/**
	 * @param xhtml a well-formed XHTML document
	 * @param base the folder that relative links (images, fonts) resolve against
	 */
	public static void write(String xhtml, Path base, Info info, Path file) throws IOException {
		ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
		ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
				ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device,
				new PdfImageAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL));
		renderer.setDocumentFromString(xhtml, base.toUri().toString());
		renderer.setListener(new DefaultPDFCreationListener() {
			@Override
			public void preOpen(ITextRenderer iTextRenderer) {
				describe(iTextRenderer.getWriter(), info);
			}

			@Override
			public void onClose(ITextRenderer iTextRenderer) {
				// The renderer copies the document's <title> over ours after opening; the
				// given title wins.
				iTextRenderer.getWriter().getInfo().put(PdfName.TITLE, unicode(info.title()));
			}
		});
		renderer.layout();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.createPDF(out);
		Files.write(file, withStableId(out.toByteArray()));
	}

	private static void describe(PdfWriter writer, Info info) {
		Calendar day = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		day.clear();
		day.set(info.date().getYear(), info.date().getMonthValue() - 1, info.date().getDayOfMonth());
		writer.getInfo().put(PdfName.AUTHOR, unicode(info.author()));
		writer.getInfo().put(PdfName.SUBJECT, unicode(info.subject()));
		writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(day));
		writer.getInfo().put(PdfName.MODDATE, new PdfDate(day));
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
		writer.getExtraCatalog().put(PdfName.VIEWERPREFERENCES, displayTitle());
	}

	private static PdfString unicode(String text) {
		return new PdfString(text, PdfString.TEXT_UNICODE);
	}

	/** Viewers show the document's title in their title bar rather than its file name. */
	private static PdfDictionary displayTitle() {
		PdfDictionary preferences = new PdfDictionary();
		preferences.put(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
		return preferences;
	}

	/**
	 * Replaces the file identifier, which OpenPDF makes from the clock, with a digest of
	 * the rest of the file. The identifier keeps its length, so no offset in the file
	 * moves.
	 */
	static byte[] withStableId(byte[] pdf) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		int at = text.lastIndexOf("/ID [<");
		if (at < 0) {
			return pdf;
		}
		int first = at + "/ID [<".length();
		int second = text.indexOf('<', text.indexOf('>', first)) + 1;
		int length = text.indexOf('>', first) - first;
		byte[] digest = md5(text.substring(0, at).getBytes(StandardCharsets.ISO_8859_1));
		String id = HexFormat.of().formatHex(digest).substring(0, Math.min(32, length));
		byte[] stable = pdf.clone();
		byte[] idBytes = id.getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(idBytes, 0, stable, first, idBytes.length);
		System.arraycopy(idBytes, 0, stable, second, idBytes.length);
		return stable;
	}

	private static byte[] md5(byte[] bytes) {
		try {
			return MessageDigest.getInstance("MD5").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
