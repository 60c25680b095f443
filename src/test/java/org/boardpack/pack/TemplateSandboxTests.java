package org.boardpack.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.boardpack.input.InvalidInputException;
import org.boardpack.plan.Rag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sandbox a template runs in when it is processed, whatever the check at reading
 * found: the model's own values and nothing else.
 */
class TemplateSandboxTests {

	@TempDir
	Path temp;

	@Test
	void aTemplateCannotCreateAnObjectSoCannotRunACommand() throws IOException {
		// given
		Path marker = this.temp.resolve("ran");
		Templates templates = programmeWith("hostile.ftlh",
				"<p>\n<#assign run = \"freemarker.template.utility.Execute\"" + "?new()>${run(\"touch " + marker
						+ "\")}</p>\n");

		// when / then
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> templates.process("hostile.ftlh", Map.of()))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.hasToString(
						"templates/hostile.ftlh:2: the template failed: Instantiating freemarker.template.utility.Execute "
								+ "is not allowed in the template for security reasons."));
		assertThat(marker).doesNotExist();
	}

	@Test
	void aTemplateCannotReachTheJavaApiOrAnyMethodButTheModelsOwn() throws IOException {
		// given
		Templates templates = programmeWith("reach.ftlh", "${list?api.clear()}");
		Templates methods = programmeWith("method.ftlh", "${text.reverse()}");

		// when / then
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> templates.process("reach.ftlh", Map.of("list", List.of("a"))))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("templates/reach.ftlh:1: the template failed: "
					+ "Can't use ?api, because the \"api_builtin_enabled\" configuration setting is false."));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> methods.process("method.ftlh", Map.of("text", new StringBuilder("abc"))))
			.satisfies((ex) -> assertThat(ex.getMessage())
				.startsWith("1 problem in the input:\ntemplates/method.ftlh:1: "));
	}

	@Test
	void theModelsOwnValuesAndMethodsStillFormat() throws IOException {
		// given
		Templates templates = programmeWith("fine.ftlh",
				"${rag.word()} ${rag.code()} ${items?size} ${items[0]?upper_case}");

		// when
		String text = templates.process("fine.ftlh", Map.of("rag", Rag.AMBER, "items", List.of("a", "b")));

		// then
		assertThat(text).isEqualTo("Amber amber 2 A");
	}

	private Templates programmeWith(String name, String text) throws IOException {
		Path programme = Files.createDirectories(this.temp.resolve("programme"));
		Files.createDirectories(programme.resolve("templates"));
		Files.writeString(programme.resolve("templates").resolve(name), text);
		return Templates.of(Path.of("templates"), programme);
	}

}
