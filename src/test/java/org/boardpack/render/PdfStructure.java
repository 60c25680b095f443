package org.boardpack.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF as a screen reader meets it: the structure tree in reading order, each
 * element with its type, its alternative text and the text of the content it tags.
 */
public final class PdfStructure {

	private PdfStructure() {
	}

	/**
	 * One element of the structure tree.
	 *
	 * @param depth how deep in the tree, the document element being 0
	 * @param alt its alternative text, or null
	 * @param text all the text under it, in reading order
	 */
	public record Element(int depth, String type, String alt, String text) {

		@Override
		public String toString() {
			return "  ".repeat(this.depth) + this.type + ((this.alt != null) ? " [alt: " + this.alt + "]" : "")
					+ (this.text.isBlank() ? "" : " " + abridged(this.text.strip()));
		}

		private static String abridged(String text) {
			return (text.length() > 100) ? text.substring(0, 100) + "…" : text;
		}

	}

	public static List<Element> of(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
			for (PDPage page : document.getPages()) {
				texts.put(page, markedTexts(page));
			}
			List<Element> elements = new ArrayList<>();
			walk(document.getDocumentCatalog().getStructureTreeRoot(), null, -1, texts, elements);
			return elements;
		}
	}

	/** Adds the node's elements to the list and returns all the text under it. */
	private static String walk(PDStructureNode node, PDPage page, int depth, Map<PDPage, Map<Integer, String>> texts,
			List<Element> elements) {
		PDPage here = (node instanceof PDStructureElement element && element.getPage() != null) ? element.getPage()
				: page;
		int at = elements.size();
		StringBuilder text = new StringBuilder();
		for (Object kid : node.getKids()) {
			if (kid instanceof Integer mcid && here != null) {
				text.append(texts.get(here).getOrDefault(mcid, ""));
			}
			else if (kid instanceof PDMarkedContentReference reference) {
				PDPage on = (reference.getPage() != null) ? reference.getPage() : here;
				text.append(texts.get(on).getOrDefault(reference.getMCID(), ""));
			}
			else if (kid instanceof PDStructureNode child) {
				text.append(walk(child, here, depth + 1, texts, elements));
			}
		}
		if (node instanceof PDStructureElement element) {
			elements.add(at, new Element(depth, element.getStandardStructureType(), element.getAlternateDescription(),
					text.toString()));
		}
		return text.toString();
	}

	private static Map<Integer, String> markedTexts(PDPage page) throws IOException {
		PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
		extractor.processPage(page);
		Map<Integer, String> texts = new HashMap<>();
		collect(extractor.getMarkedContents(), texts);
		return texts;
	}

	private static void collect(List<PDMarkedContent> contents, Map<Integer, String> texts) {
		for (PDMarkedContent content : contents) {
			StringBuilder text = new StringBuilder();
			for (Object item : content.getContents()) {
				if (item instanceof TextPosition position) {
					text.append(position.getUnicode());
				}
				else if (item instanceof PDMarkedContent inner) {
					collect(List.of(inner), texts);
				}
			}
			if (content.getMCID() >= 0) {
				texts.merge(content.getMCID(), text.toString(), String::concat);
			}
		}
	}

}
