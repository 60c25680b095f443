package org.boardpack.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads text files as UTF-8 and nothing else: a file saved in another encoding
 * (Windows-1252 from an older editor) would otherwise print "�" in every output, so it is
 * refused at the line of its first such byte.
 */
public final class TextFiles {

	private TextFiles() {
	}

	/**
	 * The text of a file, without a byte order mark and cleaned of characters no output
	 * can hold ({@link ControlCharacters}); null once a problem names where it is not
	 * UTF-8.
	 */
	public static String utf8(byte[] bytes, String file, Problems problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int at = in.position();
			problems.add(new Problem(file, line(bytes, at), null,
					Text.format("is not UTF-8 text (byte 0x%02X); save it as UTF-8",
							bytes[Math.min(at, bytes.length - 1)] & 0xFF)));
			return null;
		}
		String text = ControlCharacters.cleanFile(out.flip().toString());
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** The line (1-based, as an editor numbers lines) of a position in a text. */
	public static int lineAt(String text, int index) {
		int line = 1;
		for (int i = 0; i < index && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static int line(byte[] bytes, int at) {
		int line = 1;
		for (int i = 0; i < at && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

}
