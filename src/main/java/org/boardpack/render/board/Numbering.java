package org.boardpack.render.board;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.narrative.Block;
import org.boardpack.narrative.Block.Kind;
import org.boardpack.narrative.Block.Span;
import org.boardpack.render.board.BoardPaper.Para;

/**
 * Numbers the body's sections and paragraphs as a committee report does: sections 1, 2,
 * 3; their paragraphs 3.1, 3.2; the paragraphs under a numbered sub-heading 3.2.1; the
 * items of a numbered list a), b). The rules are Word's own for a multi-level list (a
 * level restarts after any level above it), so the numbers printed in the PDF are the
 * ones Word shows for the same paragraphs (see {@link DocxLists#outline()}).
 */
final class Numbering {

	private final int[] counters = new int[3];

	private int items;

	/** The next section's number: "4". */
	String section() {
		return next(0);
	}

	/** The next paragraph, or numbered sub-heading, of the section: "4.2". */
	String paragraph() {
		return next(1);
	}

	/** The next paragraph under a numbered sub-heading: "4.2.1". */
	String subParagraph() {
		return next(2);
	}

	private String next(int level) {
		this.counters[level]++;
		for (int below = level + 1; below < this.counters.length; below++) {
			this.counters[below] = 0;
		}
		this.items = 0;
		StringBuilder number = new StringBuilder();
		for (int i = 0; i <= level; i++) {
			number.append((i > 0) ? "." : "").append(this.counters[i]);
		}
		return number.toString();
	}

	/** A list item's label: "a)" to "z)", then "aa)", as Word letters them. */
	String item() {
		int n = this.items++;
		String letter = String.valueOf((char) ('a' + n % 26));
		return letter.repeat(n / 26 + 1) + ")";
	}

	/** A sentence of the paper's own as a numbered paragraph at a level (1 or 2). */
	Para sentence(String text, int level) {
		return new Para(number(level), level, new Block(Kind.PARAGRAPH, List.of(List.of(new Span(text, false, false)))),
				List.of());
	}

	/**
	 * Narrative blocks as numbered paragraphs at a level (1 or 2): each paragraph takes
	 * the next number, each item of a numbered list a letter, and bulleted lists and
	 * tables none. A sub-heading in a section takes a paragraph's number (3.5), and the
	 * paragraphs after it are numbered under it (3.5.1).
	 */
	List<Para> paras(List<Block> blocks, int level) {
		List<Para> paras = new ArrayList<>();
		int current = level;
		for (Block block : blocks) {
			if (block.kind() == Kind.SUBHEADING) {
				paras.add(new Para(number(level), level, block, List.of()));
				current = Math.min(level + 1, 2);
				continue;
			}
			int at = current;
			paras.add(switch (block.kind()) {
				case PARAGRAPH -> new Para(number(at), at, block, List.of());
				case NUMBERED -> new Para(null, at + 1, block, block.items().stream().map((i) -> item()).toList());
				default -> new Para(null, at, block, List.of());
			});
		}
		return paras;
	}

	/** Sentences of the paper's own as a lettered list: a), b). */
	Para lettered(List<String> lines, int level) {
		Block list = new Block(Kind.NUMBERED, lines.stream().map((l) -> List.of(new Span(l, false, false))).toList());
		return new Para(null, level + 1, list, lines.stream().map((l) -> item()).toList());
	}

	private String number(int level) {
		return (level == 2) ? subParagraph() : paragraph();
	}

}
