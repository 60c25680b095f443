package org.boardpack.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken and hostile programme folders, each refused as a user would want: exit status 3, every problem named
 * at its file, line or cell, and the store and output folder left byte for byte as they were.
 */
class InputRefusalTests extends RefusalSupport {

	@Test
	void aTemplateThatWouldRunACommandIsRefusedAtItsLineAndRunsNothing() throws Exception {
		// given
		Path programme = programme();
		Path marker = root.resolve("ran");
		Files.createDirectories(programme.resolve("templates/board"));
		Files.writeString(programme.resolve("templates/board-paper.ftlh"), Files.readString(Path.of("templates/board-paper.ftlh"))
			+ "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"touch " + marker + "\")}\n");
		Files.writeString(programme.resolve("templates/board/blocks.ftlh"), "<#macro x>\n${.now?api.getTime()}\n</#macro>\n");

		// when
		String err = refused(programme);

		// then
		int line = (int) Files.readString(programme.resolve("templates/board-paper.ftlh")).lines().count();
		assertThat(err).contains("2 problems in the input:")
			.contains("templates/board-paper.ftlh:" + line + ": uses ?new, which templates may not: a template "
					+ "formats the pack's data and can reach nothing else")
			.contains("templates/board/blocks.ftlh:2: uses ?api, which templates may not");
		assertThat(marker).doesNotExist();
	}

	@Test
	void aMalformedTemplateOrPaletteIsRefusedBeforeAnythingIsStored() throws Exception {
		// given
		Path programme = programme();
		Files.createDirectories(programme.resolve("templates"));
		Files.writeString(programme.resolve("templates/exception-report.ftlh"), "<p>\n<#if report.none()>None\n</p>\n");
		Files.writeString(programme.resolve("templates/palette.properties"),
				Files.readString(Path.of("templates/palette.properties")).replace("#A50F15", "crimson"));

		// when
		String err = refused(programme);

		// then
		assertThat(err).contains("2 problems in the input:")
			.containsPattern("templates/exception-report.ftlh:\\d+: is not a valid template: .*#if")
			.contains("templates/palette.properties:red.fill: 'crimson' is not a colour as #RRGGBB");
	}

}
