package org.boardpack.render.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.boardpack.programme.ProgrammeReader;
import org.boardpack.render.PackRenderer;
import org.boardpack.render.Templates;
import org.boardpack.rollup.Rollup;
import org.boardpack.system.BoardpackProperties;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes {@code index.html}, the page a member opens first: which document is which, the overall position and
 * the data-quality warnings, through the template {@code index.ftlh}. Self-contained: it needs only the roll-up
 * and the programme's settings, for which documents the pack holds.
 */
@Component
@Order(90)
public class PackIndexRenderer implements PackRenderer {

	static final String FILE = "index.html";

	static final String TEMPLATE = "index.ftlh";

	private final BoardpackProperties properties;

	public PackIndexRenderer(BoardpackProperties properties) {
		this.properties = properties;
	}

	@Override
	public String fileName() {
		return FILE;
	}

	@Override
	public void render(Rollup rollup, Path programmeFolder, Path file) throws IOException {
		PackIndex index = PackIndex.of(rollup, ProgrammeReader.readSettings(programmeFolder));
		Templates templates = Templates.of(this.properties.templatesDir(), programmeFolder);
		String html = templates.process(TEMPLATE,
				Map.of("index", index, "palette", templates.palette().byCode()));
		Files.writeString(file, html, StandardCharsets.UTF_8);
	}

}
