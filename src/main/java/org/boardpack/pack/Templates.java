package org.boardpack.pack;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Problem;
import org.boardpack.templates.Sandbox;
import org.boardpack.templates.TemplateFolderCheck;

/**
 * The FreeMarker templates outputs are written with: a programme's own {@code templates/}
 * folder first, then the shared templates folder, so a council restyles a file by copying
 * it, with no rebuild. Output is HTML with every value escaped, so commentary from input
 * is always text, never markup.
 *
 * <p>
 * Whoever can write a programme folder can write its templates, so templates are
 * sandboxed: they see the model and nothing else. They cannot create objects
 * ({@code ?new}), reach the Java API ({@code ?api}) or call a method of any class but the
 * model's own; a template that tries fails as invalid input, at its line.
 */
public final class Templates {

	private final Configuration configuration;

	private final Path shared;

	private final Path own;

	private Templates(Path shared, Path own) {
		this.shared = shared;
		this.own = own;
		this.configuration = Sandbox.configuration();
		this.configuration.setTemplateLoader(loader(shared, own));
	}

	/**
	 * The templates of one programme: its own {@code templates/} folder, if any, over the
	 * shared one.
	 */
	public static Templates of(Path shared, Path programmeFolder) {
		return new Templates(shared, programmeFolder.resolve(TemplateFolderCheck.FOLDER));
	}

	/**
	 * The palette in effect for the programme: its own {@code palette.properties} or the
	 * shared one.
	 */
	public RagPalette palette() {
		return RagPalette.load(find(RagPalette.FILE), shown(RagPalette.FILE));
	}

	/**
	 * The file a template or asset name resolves to: the programme's own copy when it has
	 * one.
	 */
	public Path find(String name) {
		Path mine = this.own.resolve(name);
		return Files.isRegularFile(mine) ? mine : this.shared.resolve(name);
	}

	/**
	 * Processes a template with a model. A template that is malformed or reaches beyond
	 * the model is invalid input, named with its line.
	 */
	public String process(String template, Map<String, ?> model) {
		try {
			StringWriter out = new StringWriter();
			this.configuration.getTemplate(template).process(model, out);
			return out.toString();
		}
		catch (ParseException ex) {
			throw invalid(ex.getTemplateName(), ex.getLineNumber(),
					"is not a valid template: " + ex.getEditorMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read template " + template + " from " + this.own + " or "
					+ this.shared + ": " + ex.getMessage(), ex);
		}
		catch (TemplateException ex) {
			String name = (ex.getTemplateSourceName() != null) ? ex.getTemplateSourceName() : template;
			int line = (ex.getLineNumber() != null) ? ex.getLineNumber() : 0;
			throw invalid(name, line, "the template failed: " + firstLine(ex.getMessageWithoutStackTop()));
		}
	}

	private InvalidInputException invalid(String template, int line, String message) {
		return new InvalidInputException(List.of(new Problem(shown(template), line, null, message)));
	}

	/**
	 * A template's file as a user finds it: in the programme's templates folder or the
	 * shared one.
	 */
	private String shown(String name) {
		Path folder = Files.isRegularFile(this.own.resolve(name)) ? this.own : this.shared;
		return folder.getFileName() + "/" + name;
	}

	private static String firstLine(String message) {
		String line = message.lines().findFirst().orElse("").strip();
		return line.replaceFirst("^For \"[^\"]*\": ", "");
	}

	private static TemplateLoader loader(Path shared, Path own) {
		List<TemplateLoader> loaders = new ArrayList<>();
		try {
			if (Files.isDirectory(own)) {
				loaders.add(new FileTemplateLoader(own.toFile()));
			}
			loaders.add(new FileTemplateLoader(shared.toFile()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the templates folder " + shared + ": " + ex.getMessage(), ex);
		}
		return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
	}

}
