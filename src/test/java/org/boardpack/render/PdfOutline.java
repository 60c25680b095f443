package org.boardpack.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A PDF's bookmarks as a reader's side panel shows them: each a map with its
 * {@code Title} and, when it has any, its {@code Kids}.
 */
public final class PdfOutline {

	private PdfOutline() {
	}

	public static List<Map<String, Object>> of(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDOutlineNode root = document.getDocumentCatalog().getDocumentOutline();
			return (root != null) ? children(root) : List.of();
		}
	}

	private static List<Map<String, Object>> children(PDOutlineNode node) {
		List<Map<String, Object>> marks = new ArrayList<>();
		for (PDOutlineItem item : node.children()) {
			marks.add(item.hasChildren() ? Map.of("Title", item.getTitle(), "Kids", children(item))
					: Map.of("Title", item.getTitle()));
		}
		return marks;
	}

}
