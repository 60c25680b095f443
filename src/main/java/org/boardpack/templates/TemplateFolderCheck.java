package org.boardpack.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Problem;
import org.boardpack.input.Problems;
import org.boardpack.input.TextFiles;

/**
 * Checks a programme's own {@code templates/} folder when the programme is read, before
 * anything is stored: each template must be UTF-8, well formed and within the sandbox,
 * and its palette must give every colour. A run is refused at reading rather than failing
 * at render with its data already stored.
 */
public final class TemplateFolderCheck {

	/** The folder in a programme folder that holds its own templates. */
	public static final String FOLDER = "templates";

	/**
	 * Built-ins that reach past the model; the sandbox refuses them when run, this finds
	 * them by line first.
	 */
	private static final Pattern BEYOND_MODEL = Pattern.compile("\\?\\s*(new|api|has_api)\\b");

	private TemplateFolderCheck() {
	}

	public static void check(Path programmeFolder, Problems problems) {
		Path folder = programmeFolder.resolve(FOLDER);
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		if (!Files.isDirectory(folder)) {
			problems.file(FOLDER, "is not a folder; a programme's own templates go in a folder of that name");
			return;
		}
		Configuration configuration = Sandbox.configuration();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = folder.relativize(path).toString().replace('\\', '/');
				String shown = FOLDER + "/" + name;
				if (name.endsWith(".ftlh") || name.endsWith(".ftl")) {
					template(path, name, shown, configuration, problems);
				}
				else if (name.equals(PaletteFile.FILE)) {
					palette(path, shown, problems);
				}
			}
		}
		catch (IOException ex) {
			problems.file(FOLDER, "cannot be read: %s", ex.getMessage());
		}
	}

	private static void template(Path path, String name, String shown, Configuration configuration, Problems problems)
			throws IOException {
		String text = TextFiles.utf8(Files.readAllBytes(path), shown, problems);
		if (text == null) {
			return;
		}
		Matcher beyond = BEYOND_MODEL.matcher(text);
		boolean sandboxed = true;
		while (beyond.find()) {
			problems.add(new Problem(shown, TextFiles.lineAt(text, beyond.start()), null, "uses ?" + beyond.group(1)
					+ ", which templates may not: a template formats the pack's data and can reach nothing else"));
			sandboxed = false;
		}
		if (sandboxed) {
			try {
				new Template(name, text, configuration);
			}
			catch (ParseException ex) {
				problems.add(new Problem(shown, ex.getLineNumber(), null,
						"is not a valid template: " + ex.getEditorMessage()));
			}
		}
	}

	private static void palette(Path path, String shown, Problems problems) {
		try {
			PaletteFile.read(path, shown);
		}
		catch (InvalidInputException ex) {
			List<Problem> found = ex.problems();
			found.forEach(problems::add);
		}
	}

}
