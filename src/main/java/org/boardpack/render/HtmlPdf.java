package org.boardpack.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.CRC32;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Renders an XHTML document to a tagged PDF/UA-1 file with openhtmltopdf, so a PDF is the
 * same document as its HTML and a screen reader finds its headings, tables, lists,
 * figures with their alternative text and links in reading order. Page size, running
 * headers, page numbers and bookmarks come from the document's CSS and
 * {@code <bookmarks>}; fonts are the shipped {@link PdfFonts}, embedded. The same
 * document always gives the same bytes: dates are the given date and the file identifier
 * is made from the content.
 */
public final class HtmlPdf {

	private static final String PRODUCER = "boardpack";

	static {
		PdfLog.install();
	}

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
		Files.write(file, render(xhtml, base, info));
	}

	static byte[] render(String xhtml, Path base, Info info) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			describe(document, info);
			PdfRendererBuilder builder = new PdfRendererBuilder().usePDDocument(document)
				.usePdfUaAccessibility(true)
				// PDF/UA-1 is built on PDF 1.7; viewers and checkers refuse a 2.0 header
				.usePdfVersion(1.7f)
				.withProducer(PRODUCER)
				.withHtmlContent(xhtml, base.toUri().toString());
			PdfFonts.register(builder, document);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
				finish(document, info, xhtml);
				document.save(out);
			}
		}
		return out.toByteArray();
	}

	/** Set before rendering, so the XMP metadata the renderer writes carries them. */
	private static void describe(PDDocument document, Info info) {
		PDDocumentInformation information = document.getDocumentInformation();
		information.setTitle(info.title());
		information.setAuthor(info.author());
		information.setSubject(info.subject());
		information.setProducer(PRODUCER);
		information.setCreationDate(day(info.date()));
		information.setModificationDate(day(info.date()));
	}

	/**
	 * The given title and language win over what the renderer took from the document;
	 * viewers show the title in their title bar rather than the file name; the file
	 * identifier, which PDFBox otherwise makes from the clock, comes from the content.
	 */
	private static void finish(PDDocument document, Info info, String xhtml) {
		describe(document, info);
		document.getDocumentCatalog().setLanguage(info.language());
		PDViewerPreferences preferences = document.getDocumentCatalog().getViewerPreferences();
		if (preferences == null) {
			preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
			document.getDocumentCatalog().setViewerPreferences(preferences);
		}
		preferences.setDisplayDocTitle(true);
		CRC32 crc = new CRC32();
		crc.update(xhtml.getBytes(StandardCharsets.UTF_8));
		crc.update(info.toString().getBytes(StandardCharsets.UTF_8));
		document.setDocumentId(crc.getValue());
	}

	private static Calendar day(LocalDate date) {
		Calendar day = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		day.clear();
		day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		return day;
	}

}
