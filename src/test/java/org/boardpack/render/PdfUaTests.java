package org.boardpack.render;

import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PDF/UA-1 check the output tests rely on refuses what a screen reader cannot read.
 */
class PdfUaTests {

	@TempDir
	Path folder;

	@Test
	void anUntaggedPdfWithAnUnembeddedFontFailsWithTheRuleAndThePage() throws Exception {
		// given a PDF as a plain writer makes it: no tags, no language, a font not
		// embedded
		Path pdf = this.folder.resolve("plain.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.showText("Seven actions are off track.");
				content.endText();
			}
			document.save(pdf.toFile());
		}

		// when / then
		assertThat(PdfUa.failures(pdf)).anySatisfy((f) -> assertThat(f).startsWith("7.21.4.1-1 (page 1)"))
			.anySatisfy((f) -> assertThat(f).contains("(document)"));
		assertThatThrownBy(() -> PdfUa.assertConforms(pdf)).hasMessageContaining("PDF/UA-1 rules that plain.pdf fails");
	}

}
