package org.boardpack.narrative;

import java.util.List;
import java.util.Locale;

/**
 * One block of narrative text: a paragraph, a bulleted or numbered list whose items are
 * runs of text, a table, or a sub-heading inside a section. The text stays text in every
 * output; emphasis is the only formatting a narrative can ask for.
 *
 * @param rows a table's cells, its header row first; empty for any other block
 */
public record Block(Kind kind, List<List<Span>> items, List<List<String>> rows) {

	/** What the block is. */
	public enum Kind {

		PARAGRAPH, BULLETS, NUMBERED, TABLE, SUBHEADING;

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
		rows = rows.stream().map(List::copyOf).toList();
	}

	/** A paragraph or a list. */
	public Block(Kind kind, List<List<Span>> items) {
		this(kind, items, List.of());
	}

	/** A table, its header row first. */
	public static Block table(List<List<String>> rows) {
		return new Block(Kind.TABLE, List.of(), rows);
	}

	/** The block as plain text, one item a line, for checks and alternative text. */
	public String plainText() {
		StringBuilder text = new StringBuilder();
		this.rows.forEach((row) -> text.append(text.isEmpty() ? "" : "\n").append(String.join(" | ", row)));
		for (List<Span> item : this.items) {
			text.append(text.isEmpty() ? "" : "\n");
			item.forEach((span) -> text.append(span.text()));
		}
		return text.toString();
	}

}
