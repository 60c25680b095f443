package org.boardpack.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where packs are written and which version wrote them.
 *
 * @param outputDir the folder under which {@code <programme>/<period>/} packs are written
 * @param version the version recorded in every manifest
 */
@ConfigurationProperties("boardpack")
public record BoardpackProperties(Path outputDir, String version) {
}
