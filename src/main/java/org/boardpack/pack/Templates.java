package org.boardpack.pack;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker templates outputs are written with: a programme's own {@code templates/} folder first, then
 * the shared templates folder, so a council restyles a file by copying it, with no rebuild. Output is HTML
 * with every value escaped, so commentary from input is always text, never markup.
 */
public final class Templates {

	private final Configuration configuration;

	private final Path shared;

	private final Path own;

	private Templates(Path shared, Path own) {
		this.shared = shared;
		this.own = own;
		this.configuration = new Configuration(Configuration.VERSION_2_3_34);
		this.configuration.setTemplateLoader(loader(shared, own));
		this.configuration.setDefaultEncoding("UTF-8");
		this.configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
		this.configuration.setLocale(Locale.UK);
		this.configuration.setTimeZone(TimeZone.getTimeZone("Europe/London"));
		this.configuration.setNumberFormat("computer");
		this.configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		this.configuration.setLogTemplateExceptions(false);
		this.configuration.setFallbackOnNullLoopVariable(false);
	}

	/** The templates of one programme: its own {@code templates/} folder, if any, over the shared one. */
	public static Templates of(Path shared, Path programmeFolder) {
		return new Templates(shared, programmeFolder.resolve("templates"));
	}

	/** The palette in effect for the programme: its own {@code palette.properties} or the shared one. */
	public RagPalette palette() {
		return RagPalette.load(find(RagPalette.FILE));
	}

	/** The file a template or asset name resolves to: the programme's own copy when it has one. */
	public Path find(String name) {
		Path mine = this.own.resolve(name);
		return Files.isRegularFile(mine) ? mine : this.shared.resolve(name);
	}

	/** Processes a template with a model; a template error names the template, line and column. */
	public String process(String template, Map<String, ?> model) {
		try {
			StringWriter out = new StringWriter();
			this.configuration.getTemplate(template).process(model, out);
			return out.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read template " + template + " from " + this.own + " or "
					+ this.shared + ": " + ex.getMessage(), ex);
		}
		catch (TemplateException ex) {
			throw new IllegalStateException("Template " + template + " failed: " + ex.getMessage(), ex);
		}
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
