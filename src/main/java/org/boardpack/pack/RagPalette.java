package org.boardpack.pack;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.plan.Rag;
import org.boardpack.templates.PaletteFile;

/**
 * The colours of the five RAGs, defined once in {@code palette.properties} beside the
 * templates and used by every output, so a cell in the tracker and a badge in the board
 * paper always agree.
 */
public final class RagPalette {

	public static final String FILE = PaletteFile.FILE;

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

	/**
	 * The palette as template data: {@code palette.red.fill}, {@code palette.amber.text}
	 * ...
	 */
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
	 * Reads the palette, reporting every missing or malformed colour at once;
	 * {@code shown} names the file in messages, as its user finds it (never an absolute
	 * path).
	 */
	public static RagPalette load(Path file, String shown) {
		Map<String, String> colours = PaletteFile.read(file, shown);
		Map<Rag, Swatch> swatches = new EnumMap<>(Rag.class);
		for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.BLUE, Rag.GREY)) {
			swatches.put(rag, new Swatch(colours.get(rag.code() + ".fill"), colours.get(rag.code() + ".text")));
		}
		return new RagPalette(swatches);
	}

}
