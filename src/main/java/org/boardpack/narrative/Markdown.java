package org.boardpack.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.narrative.Block.Kind;
import org.boardpack.narrative.Block.Span;

/**
 * The small part of Markdown a narrative needs: paragraphs, bulleted and numbered lists,
 * tables ({@code | a | b |} rows under a {@code |---|---|} line), sub-headings
 * ({@code ### Next steps}), bold and italics. Anything else, HTML included, is kept as
 * the text it is, so input can never become markup.
 */
final class Markdown {

	private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");

	private static final Pattern NUMBER = Pattern.compile("^\\s{0,3}\\d{1,3}[.)]\\s+(.*)$");

	private static final Pattern SUBHEADING = Pattern.compile("^#{3,6}\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern TABLE_ROW = Pattern.compile("^\\s{0,3}\\|.*$");

	private static final Pattern TABLE_RULE = Pattern
		.compile("^\\s{0,3}\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*(:?-{3,}:?\\s*)?$");

	private static final Pattern EMPHASIS = Pattern
		.compile("\\*\\*(.+?)\\*\\*|(?<!\\w)__(.+?)__(?!\\w)|\\*(.+?)\\*|(?<!\\w)_(.+?)_(?!\\w)");

	private Markdown() {
	}

	static List<Block> blocks(List<String> lines) {
		List<Block> blocks = new ArrayList<>();
		Kind kind = null;
		List<StringBuilder> items = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (TABLE_ROW.matcher(line).matches() && i + 1 < lines.size()
					&& TABLE_RULE.matcher(lines.get(i + 1)).matches()) {
				flush(blocks, kind, items);
				kind = null;
				int end = i + 2;
				while (end < lines.size() && TABLE_ROW.matcher(lines.get(end)).matches()) {
					end++;
				}
				List<String> table = new ArrayList<>(lines.subList(i, end));
				table.remove(1);
				blocks.add(table(table));
				i = end - 1;
				continue;
			}
			Matcher subheading = SUBHEADING.matcher(line);
			if (subheading.matches()) {
				flush(blocks, kind, items);
				kind = null;
				blocks.add(new Block(Kind.SUBHEADING, List.of(spans(subheading.group(1)))));
				continue;
			}
			Matcher bullet = BULLET.matcher(line);
			Matcher number = NUMBER.matcher(line);
			if (line.isBlank()) {
				flush(blocks, kind, items);
				kind = null;
			}
			else if (bullet.matches() || number.matches()) {
				Kind list = bullet.matches() ? Kind.BULLETS : Kind.NUMBERED;
				if (kind != list) {
					flush(blocks, kind, items);
					kind = list;
				}
				items.add(new StringBuilder((bullet.matches() ? bullet : number).group(1).strip()));
			}
			else if (kind == null) {
				kind = Kind.PARAGRAPH;
				items.add(new StringBuilder(line.strip()));
			}
			else {
				items.get(items.size() - 1).append(' ').append(line.strip());
			}
		}
		flush(blocks, kind, items);
		return blocks;
	}

	/** A table's rows as cells, every row as wide as the widest. */
	private static Block table(List<String> lines) {
		List<List<String>> rows = new ArrayList<>();
		for (String line : lines) {
			String row = line.strip();
			row = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
			rows.add(new ArrayList<>(List.of(row.split("\\|", -1)).stream().map(String::strip).toList()));
		}
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		rows.forEach((row) -> {
			while (row.size() < width) {
				row.add("");
			}
		});
		return Block.table(rows);
	}

	private static void flush(List<Block> blocks, Kind kind, List<StringBuilder> items) {
		if (kind != null && !items.isEmpty()) {
			blocks.add(new Block(kind, items.stream().map((item) -> spans(item.toString())).toList()));
		}
		items.clear();
	}

	static List<Span> spans(String text) {
		List<Span> spans = new ArrayList<>();
		Matcher matcher = EMPHASIS.matcher(text);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				spans.add(new Span(text.substring(at, matcher.start()), false, false));
			}
			boolean strong = matcher.group(1) != null || matcher.group(2) != null;
			String inner = (matcher.group(1) != null) ? matcher.group(1) : (matcher.group(2) != null) ? matcher.group(2)
					: (matcher.group(3) != null) ? matcher.group(3) : matcher.group(4);
			spans.add(new Span(inner, strong, !strong));
			at = matcher.end();
		}
		if (at < text.length()) {
			spans.add(new Span(text.substring(at), false, false));
		}
		return spans;
	}

}
