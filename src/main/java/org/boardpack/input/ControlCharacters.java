package org.boardpack.input;

/**
 * Cleans text of the characters that XML, and so every office document and PDF the pack
 * is written as, cannot hold: C0 control characters other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF. They arrive unseen (a vertical tab
 * is Word's Shift+Enter pasted into Excel; a NUL from a badly exported file), so they are
 * cleaned on reading rather than refused: a vertical tab or form feed becomes a line
 * break (in a cell) or a space (in a text file, whose lines keep their numbers); every
 * other such character is dropped.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * Text as a spreadsheet cell holds it: a vertical tab or form feed becomes a line
	 * break.
	 */
	public static String cleanCell(String text) {
		return clean(text, '\n');
	}

	/** Text of a file read line by line: a vertical tab or form feed becomes a space. */
	public static String cleanFile(String text) {
		return clean(text, ' ');
	}

	private static String clean(String text, char breakAs) {
		if (text == null || text.chars().noneMatch(ControlCharacters::suspect)) {
			return text; // the usual case, kept without a copy
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u000B' || c == '\u000C') {
				clean.append(breakAs);
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else if (!suspect(c)) {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	/**
	 * A character XML cannot hold on its own (a surrogate may still be half of a valid
	 * pair).
	 */
	private static boolean suspect(int c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate((char) c) || c == 0xFFFE
				|| c == 0xFFFF;
	}

}
