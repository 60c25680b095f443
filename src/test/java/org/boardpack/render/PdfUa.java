package org.boardpack.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a PDF as veraPDF does against PDF/UA-1 (ISO 14289-1): every failed rule is named
 * with its clause, what it asks and the page it failed on.
 */
public final class PdfUa {

	private static final Pattern PAGE = Pattern.compile("pages\\[(\\d+)\\]");

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfUa() {
	}

	public static void assertConforms(Path pdf) {
		assertThat(failures(pdf)).as("PDF/UA-1 rules that %s fails", pdf.getFileName()).isEmpty();
	}

	/** Each failed check as "clause-test (page n): what the rule asks". */
	public static List<String> failures(Path pdf) {
		try (InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
				PDFAValidator validator = Foundries.defaultInstance()
					.createValidator(PDFAFlavour.PDFUA_1, 100, false, true, false)) {
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter((a) -> a.getStatus() == TestAssertion.Status.FAILED)
				.map(PdfUa::describe)
				.distinct()
				.toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not read " + pdf + ": " + ex.getMessage(), ex);
		}
	}

	private static String describe(TestAssertion failure) {
		String where = (failure.getLocation() != null) ? failure.getLocation().getContext() : "";
		Matcher page = PAGE.matcher((where != null) ? where : "");
		String onPage = page.find() ? "page " + (Integer.parseInt(page.group(1)) + 1) : "document";
		return failure.getRuleId().getClause() + "-" + failure.getRuleId().getTestNumber() + " (" + onPage + "): "
				+ failure.getMessage()
				+ ((failure.getErrorMessage() != null) ? " [" + failure.getErrorMessage() + "]" : "");
	}

}
