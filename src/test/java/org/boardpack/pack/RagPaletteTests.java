package org.boardpack.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.input.InvalidInputException;
import org.boardpack.plan.Rag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RagPaletteTests {

	@TempDir
	Path folder;

	@Test
	void bundledPaletteGivesEveryRagAFillAndATextColour() {
		// when
		RagPalette palette = RagPalette.load(Path.of("templates", RagPalette.FILE));

		// then
		assertThat(palette.of(Rag.RED).fill()).isEqualTo("#A50F15");
		assertThat(palette.of(Rag.RED).text()).isEqualTo("#FFFFFF");
		assertThat(palette.of(Rag.AMBER).fillRgb()).containsExactly((byte) 0xFF, (byte) 0xC0, (byte) 0x00);
		assertThat(palette.byCode()).containsOnlyKeys("grey", "blue", "green", "amber", "red");
	}

	@Test
	void bundledPaletteKeepsTheColoursApartInBlackAndWhite() {
		// given: from darkest to lightest when printed in grey
		RagPalette palette = RagPalette.load(Path.of("templates", RagPalette.FILE));
		Rag[] order = { Rag.RED, Rag.BLUE, Rag.GREEN, Rag.AMBER, Rag.GREY };

		// then
		for (int i = 1; i < order.length; i++) {
			assertThat(grey(palette.of(order[i]).fillRgb()) - grey(palette.of(order[i - 1]).fillRgb()))
				.as("%s is lighter than %s in grey", order[i], order[i - 1])
				.isGreaterThan(25);
		}
	}

	@Test
	void everyMissingOrMalformedColourIsReportedAtOnce() throws IOException {
		// given
		Path file = Files.writeString(this.folder.resolve(RagPalette.FILE), """
				red.fill=#A50F15
				red.text=white
				amber.fill=#FFC000
				amber.text=#000000
				green.fill=#5DA85D
				green.text=#000000
				blue.fill=#2E75B6
				blue.text=#FFFFFF
				grey.text=#000000
				""");

		String shown = this.folder.getFileName() + "/" + RagPalette.FILE;

		// when / then: named by its folder and name, never by an absolute path
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> RagPalette.load(file))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly(shown + ":red.text: 'white' is not a colour as #RRGGBB",
						shown + ":grey.fill: missing; give a colour as #RRGGBB"));
	}

	private static double grey(byte[] rgb) {
		return 0.299 * (rgb[0] & 0xFF) + 0.587 * (rgb[1] & 0xFF) + 0.114 * (rgb[2] & 0xFF);
	}

}
