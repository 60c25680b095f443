package org.boardpack.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPdfTests {

	private static final String PAGE = """
			<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><title>Monthly pack</title><meta name="subject" content="Board paper"/>
			<style>@page { size: A4; @bottom-right { content: "Page " counter(page) " of " counter(pages); } }</style>
			</head><body><h1>Overall progress</h1><p>Seven actions are off track.</p>
			<p style="page-break-before: always">Second page.</p></body></html>
			""";

	private static final HtmlPdf.Info INFO = new HtmlPdf.Info("Improvement plan: October 2017", "London Borough",
			"Board paper", "en-GB", LocalDate.of(2017, 10, 31));

	@TempDir
	Path folder;

	@Test
	void writesTheDocumentsTextWithPageNumbers() throws Exception {
		// when
		Path pdf = this.folder.resolve("paper.pdf");
		HtmlPdf.write(PAGE, this.folder, INFO, pdf);

		// then
		String text = Readers.pdfText(pdf);
		assertThat(text).contains("Overall progress", "Seven actions are off track.", "Page 1 of 2", "Page 2 of 2");
	}

	@Test
	void recordsTitleAuthorSubjectLanguageAndTheGivenDate() throws Exception {
		// when
		Path pdf = this.folder.resolve("paper.pdf");
		HtmlPdf.write(PAGE, this.folder, INFO, pdf);

		// then
		String info = Readers.run("pdfinfo", pdf.toString());
		assertThat(info).containsPattern("Title: +Improvement plan: October 2017")
			.containsPattern("Author: +London Borough")
			.containsPattern("Subject: +Board paper")
			.containsPattern("CreationDate: +Tue Oct 31 .*2017");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
		}
	}

	@Test
	void theSameDocumentGivesTheSameBytes() throws IOException {
		// when
		Path first = this.folder.resolve("first.pdf");
		Path second = this.folder.resolve("second.pdf");
		HtmlPdf.write(PAGE, this.folder, INFO, first);
		HtmlPdf.write(PAGE, this.folder, INFO, second);

		// then
		assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
	}

	@Test
	void isTaggedPdfUaAsVeraPdfChecksIt() throws IOException {
		// when
		Path pdf = this.folder.resolve("paper.pdf");
		HtmlPdf.write(PAGE, this.folder, INFO, pdf);

		// then
		PdfUa.assertConforms(pdf);
	}

}
