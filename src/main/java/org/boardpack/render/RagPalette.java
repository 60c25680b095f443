package org.boardpack.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.boardpack.rating.Rag;

/**
 * The colours of the five RAGs, defined once in {@code palette.properties} beside the templates and used by
 * every output, so a cell in the tracker and a badge in the board paper always agree.
 */
public final class RagPalette {

	public static final String FILE = "palette.properties";

	private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

	private final Map<Rag, Swatch> swatches;

	private RagPalette(Map<Rag, Swatch> swatches) {
		this.swatches = swatches;
	}

	/** A fill colour and the colour of text written on it, both as {@code #RRGGBB}. */
	public record Swatch(String fill, String text) {

		/** The fill as three bytes, for office formats. */
		public byte[] fillRgb() {
			return rgb(this.fill);
		}

		public byte[] textRgb() {
			return rgb(this.text);
		}

		private static byte[] rgb(String hex) {
			int value = Integer.parseInt(hex.substring(1), 16);
			return new byte[] { (byte) (value >> 16), (byte) (value >> 8), (byte) value };
		}

	}

	public Swatch of(Rag rag) {
		return this.swatches.get(rag);
	}

	/** The palette as template data: {@code palette.red.fill}, {@code palette.amber.text} ... */
	public Map<String, Swatch> byCode() {
		Map<String, Swatch> byCode = new LinkedHashMap<>();
		this.swatches.forEach((rag, swatch) -> byCode.put(rag.code(), swatch));
		return byCode;
	}

	/** Reads the palette, named in messages by its folder and file name. */
	public static RagPalette load(Path file) {
		Path folder = file.toAbsolutePath().getParent().getFileName();
		return load(file, ((folder != null) ? folder + "/" : "") + file.getFileName());
	}

	/**
	 * Reads the palette, reporting every missing or malformed colour at once; {@code shown} names the file in
	 * messages, as its user finds it (never an absolute path).
	 */
	public static RagPalette load(Path file, String shown) {
		Properties properties = new Properties();
		try {
			Problems problems = new Problems();
			String text = TextFiles.utf8(Files.readAllBytes(file), shown, problems);
			problems.throwIfAny();
			properties.load(new StringReader(text));
		}
		catch (IOException ex) {
			throw new InvalidInputException(List.of(new Problem(shown, 0, null,
					"cannot read the RAG palette: " + ex.getMessage())));
		}
		List<Problem> problems = new ArrayList<>();
		Map<Rag, Swatch> swatches = new EnumMap<>(Rag.class);
		for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE, Rag.GREY)) { // the order of the file
			String fill = colour(properties, rag, "fill", shown, problems);
			String text = colour(properties, rag, "text", shown, problems);
			swatches.put(rag, new Swatch(fill, text));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new RagPalette(swatches);
	}

	private static String colour(Properties properties, Rag rag, String part, String file, List<Problem> problems) {
		String key = rag.code() + "." + part;
		String value = properties.getProperty(key, "").strip();
		if (!HEX.matcher(value).matches()) {
			problems.add(new Problem(file, 0, key,
					value.isEmpty() ? "missing; give a colour as #RRGGBB" : "'" + value + "' is not a colour as #RRGGBB"));
		}
		return value.toUpperCase(Locale.ROOT);
	}

}
