package org.boardpack.templates;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Problem;
import org.boardpack.input.Problems;
import org.boardpack.input.TextFiles;

/**
 * Reads {@code palette.properties}: a fill and a text colour, as {@code #RRGGBB}, for
 * each RAG. Read when a programme is checked and again when its outputs are coloured, so
 * both agree on what a valid palette is.
 */
public final class PaletteFile {

	public static final String FILE = "palette.properties";

	/** The RAGs' codes, in the order of the file. */
	private static final List<String> CODES = List.of("red", "amber", "green", "blue", "grey");

	private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

	private PaletteFile() {
	}

	/**
	 * Every colour by key ({@code red.fill}, {@code grey.text} ...), upper-cased; every
	 * missing or malformed one is thrown at once. {@code shown} names the file in
	 * messages as its user finds it, never by absolute path.
	 */
	public static Map<String, String> read(Path file, String shown) {
		Properties properties = new Properties();
		try {
			Problems problems = new Problems();
			String text = TextFiles.utf8(Files.readAllBytes(file), shown, problems);
			problems.throwIfAny();
			properties.load(new StringReader(text));
		}
		catch (IOException ex) {
			throw new InvalidInputException(
					List.of(new Problem(shown, 0, null, "cannot read the RAG palette: " + ex.getMessage())));
		}
		List<Problem> problems = new ArrayList<>();
		Map<String, String> colours = new LinkedHashMap<>();
		for (String code : CODES) {
			for (String part : List.of("fill", "text")) {
				String key = code + "." + part;
				String value = properties.getProperty(key, "").strip();
				if (!HEX.matcher(value).matches()) {
					problems.add(new Problem(shown, 0, key, value.isEmpty() ? "missing; give a colour as #RRGGBB"
							: "'" + value + "' is not a colour as #RRGGBB"));
				}
				colours.put(key, value.toUpperCase(Locale.ROOT));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return colours;
	}

}
