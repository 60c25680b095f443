package org.boardpack.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where packs are written and which version wrote them.
 *
 * @param outputDir the folder under which {@code <programme>/<period>/} packs are written
 * @param version the version recorded in every manifest
 * @param templatesDir the templates and palette every programme's outputs are written
 * with, unless the programme's own {@code templates/} folder has a file of the same name
 */
@ConfigurationProperties("boardpack")
public record BoardpackProperties(Path outputDir, String version, Path templatesDir) {

	public BoardpackProperties {
		// "./output" from the default workspace reads as "output" in every message, as it
		// did before workspaces
		outputDir = (outputDir != null) ? outputDir.normalize() : null;
		templatesDir = (templatesDir != null) ? templatesDir.normalize() : null;
	}

}
