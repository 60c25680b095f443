package org.boardpack.render.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.boardpack.pack.Pack;
import org.boardpack.render.PackRenderer;
import org.boardpack.system.OutputFile;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes {@code index.html}, the page a member opens first: which document is which, the
 * overall position and the data-quality warnings, through the template
 * {@code index.ftlh}. Written last, so it lists what the pack holds.
 */
@Component
@Order(90)
public class PackIndexRenderer implements PackRenderer {

	static final String TEMPLATE = "index.ftlh";

	@Override
	public List<OutputFile> files() {
		return List.of(OutputFile.INDEX);
	}

	@Override
	public void render(Pack pack, Path folder) throws IOException {
		if (!pack.includes(OutputFile.INDEX)) {
			return;
		}
		String html = pack.templates()
			.process(TEMPLATE, Map.of("index", PackIndex.of(pack), "palette", pack.palette().byCode()));
		Files.writeString(folder.resolve(OutputFile.INDEX.fileName()), html, StandardCharsets.UTF_8);
	}

}
