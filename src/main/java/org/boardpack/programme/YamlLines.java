package org.boardpack.programme;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where an entry of a nested block of {@code programme.yml} is written, as an
 * editor numbers lines, so a problem with one committee's setting points at that
 * committee's line and not at another's of the same name.
 */
final class YamlLines {

	private final List<String> lines;

	private final int block;

	YamlLines(String text, String blockKey) {
		this.lines = text.lines().toList();
		this.block = find(Pattern.compile("^" + Pattern.quote(blockKey) + "\\s*:.*"), 0, this.lines.size());
	}

	/** The block's own line (1-based); 0 when it cannot be found. */
	int block() {
		return this.block + 1;
	}

	/**
	 * The line of {@code text} (a setting's key, or a value written on its own line)
	 * inside the entry {@code entry} of the block; the entry's line when {@code text} is
	 * null or not found; 0 when neither is.
	 */
	int of(String entry, String text) {
		if (this.block < 0) {
			return 0;
		}
		int end = end(this.block + 1, 0);
		int start = find(Pattern.compile("^\\s+[\"']?" + Pattern.quote(entry) + "[\"']?\\s*:.*"), this.block + 1, end);
		if (start < 0) {
			return 0;
		}
		if (text != null) {
			int entryEnd = end(start + 1, indent(this.lines.get(start)));
			int at = find(Pattern.compile("^\\s*(-\\s*)?[\"']?" + Pattern.quote(text) + "[\"']?\\s*(:.*)?(#.*)?$"),
					start + 1, entryEnd);
			if (at >= 0) {
				return at + 1;
			}
		}
		return start + 1;
	}

	/**
	 * The first line after {@code from} indented no more than {@code indent}, ignoring
	 * blank and comment lines.
	 */
	private int end(int from, int indent) {
		for (int i = from; i < this.lines.size(); i++) {
			String line = this.lines.get(i);
			if (!line.isBlank() && !line.strip().startsWith("#") && indent(line) <= indent) {
				return i;
			}
		}
		return this.lines.size();
	}

	private int find(Pattern pattern, int from, int to) {
		for (int i = from; i < to; i++) {
			if (pattern.matcher(this.lines.get(i)).matches()) {
				return i;
			}
		}
		return -1;
	}

	private static int indent(String line) {
		int i = 0;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

}
