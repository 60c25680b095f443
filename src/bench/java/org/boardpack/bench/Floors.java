package org.boardpack.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The floor of each output in a pack: the same number of rows (workbooks), pages (PDF) or paragraphs (Word)
 * written with the library alone (POI's streaming SXSSF, PDFBox, POI XWPF), no framework, no templates, in a
 * fresh JVM as the renderer runs. Prints one line per output: file, what was written, wall and CPU ms.
 * Usage: Floors PACK_FOLDER SCRATCH_FOLDER
 */
public final class Floors {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final String TEXT = "Review supervision arrangements for social workers so that practice is good";

	private Floors() {
	}

	public static void main(String[] args) throws Exception {
		Path pack = Path.of(args[0]);
		Path scratch = Files.createDirectories(Path.of(args[1]));
		List<Path> files;
		try (Stream<Path> list = Files.list(pack)) {
			files = list.sorted().toList();
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			Path out = scratch.resolve("floor-" + name);
			long wall = System.nanoTime();
			long cpu = THREADS.getCurrentThreadCpuTime();
			String what;
			if (name.endsWith(".xlsx")) {
				what = workbook(file, out);
			}
			else if (name.endsWith(".pdf")) {
				what = pdf(file, out);
			}
			else if (name.endsWith(".docx")) {
				what = docx(file, out);
			}
			else {
				continue;
			}
			System.out.printf(Locale.ROOT, "%s\t%s\t%.1f\t%.1f%n", name, what, (System.nanoTime() - wall) / 1e6,
					(THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
		}
	}

	/** Each sheet's rows and cells counted from the file, then written again with SXSSF. */
	private static String workbook(Path file, Path out) throws IOException {
		List<int[]> sheets = new ArrayList<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : zip.stream().filter((e) -> e.getName().matches("xl/worksheets/sheet\\d+\\.xml")).toList()) {
				String xml = read(zip, entry);
				int rows = count(xml, "<row[ >]");
				int cells = count(xml, "<c[ >]");
				sheets.add(new int[] { rows, (rows > 0) ? Math.max(1, cells / rows) : 0 });
			}
		}
		int total = 0;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream stream = Files.newOutputStream(out)) {
			for (int s = 0; s < sheets.size(); s++) {
				Sheet sheet = workbook.createSheet("Sheet" + (s + 1));
				for (int r = 0; r < sheets.get(s)[0]; r++) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < sheets.get(s)[1]; c++) {
						if (c % 2 == 0) {
							row.createCell(c).setCellValue(TEXT);
						}
						else {
							row.createCell(c).setCellValue(r * 1.5 + c);
						}
					}
				}
				total += sheets.get(s)[0];
			}
			workbook.write(stream);
		}
		return total + " rows in " + sheets.size() + " sheets (SXSSF)";
	}

	/** As many pages as the file has, each 25 lines of text, with PDFBox (the PDF renderer's library). */
	private static String pdf(Path file, Path out) throws IOException {
		int pages;
		try (PDDocument reader = Loader.loadPDF(file.toFile())) {
			pages = reader.getNumberOfPages();
		}
		try (PDDocument document = new PDDocument(); OutputStream stream = Files.newOutputStream(out)) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 9);
					content.newLineAtOffset(40, 800);
					content.showText("Page " + (p + 1));
					for (int line = 0; line < 25; line++) {
						content.newLineAtOffset(0, -28);
						content.showText(line + " " + TEXT);
					}
					content.endText();
				}
			}
			document.save(stream);
		}
		return pages + " pages (PDFBox)";
	}

	/** As many paragraphs as the file has, with POI XWPF. */
	private static String docx(Path file, Path out) throws IOException {
		int paragraphs;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			paragraphs = count(read(zip, zip.getEntry("word/document.xml")), "<w:p[ >]");
		}
		try (XWPFDocument document = new XWPFDocument(); OutputStream stream = Files.newOutputStream(out)) {
			for (int p = 0; p < paragraphs; p++) {
				document.createParagraph().createRun().setText(TEXT);
			}
			document.write(stream);
		}
		return paragraphs + " paragraphs (XWPF)";
	}

	private static String read(ZipFile zip, ZipEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
