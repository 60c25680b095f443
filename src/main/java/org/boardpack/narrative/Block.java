package org.boardpack.narrative;

import java.util.List;
import java.util.Locale;

/**
 * One block of narrative text: a paragraph, or a bulleted or numbered list whose items
 * are runs of text. The text stays text in every output; emphasis is the only formatting
 * a narrative can ask for.
 */
public record Block(Kind kind, List<List<Span>> items) {

	/** What the block is. */
	public enum Kind {

		PARAGRAPH, BULLETS, NUMBERED;

		/** Lower-case name for templates ("bullets"). */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** A run of text, possibly in bold or italics. */
	public record Span(String text, boolean strong, boolean emphasis) {
	}

	public Block {
		items = items.stream().map(List::copyOf).toList();
	}

	/** The block as plain text, one item a line, for checks and alternative text. */
	public String plainText() {
		StringBuilder text = new StringBuilder();
		for (List<Span> item : this.items) {
			text.append(text.isEmpty() ? "" : "\n");
			item.forEach((span) -> text.append(span.text()));
		}
		return text.toString();
	}

}
