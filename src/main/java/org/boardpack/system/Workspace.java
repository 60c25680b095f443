package org.boardpack.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where boardpack keeps its things, whatever folder it is run from: the installation
 * ({@code BOARDPACK_HOME}, set by the launcher to its own folder) holds the templates and
 * the bundled example; the workspace ({@code BOARDPACK_WORKSPACE}, by default the
 * installation) holds the output, the embedded store and the programme folders. Without
 * either, both are the current folder, as for {@code java -jar} in a container.
 * {@code BOARDPACK_STORE} moves the embedded store on its own, as
 * {@code application.properties} does.
 */
public record Workspace(Path home, Path root, Path store) {

	/** The bundled example, the programme a command works on when it is given none. */
	private static final String EXAMPLE = "bromley-csc-2016";

	/** The workspace this process was started with. */
	public static Workspace current() {
		return of(System.getenv());
	}

	static Workspace of(Map<String, String> environment) {
		Path home = Path.of(environment.getOrDefault("BOARDPACK_HOME", "."));
		Path root = Path.of(environment.getOrDefault("BOARDPACK_WORKSPACE", home.toString()));
		Path store = Path.of(environment.getOrDefault("BOARDPACK_STORE", root.resolve("output/.store").toString()));
		return new Workspace(home.normalize(), root.normalize(), store.normalize());
	}

	/**
	 * The folder of programme folders that {@code serve} works through when given none.
	 */
	public Path programmes() {
		return resolve(this.root, "jobs");
	}

	/**
	 * The programme of the workspace's own {@code jobs/} folder, else of the
	 * installation's: the bundled example.
	 */
	public Path defaultProgramme() {
		Path own = resolve(programmes(), EXAMPLE);
		return Files.isDirectory(own) ? own : resolve(resolve(this.home, "jobs"), EXAMPLE);
	}

	/** Where {@code generate --programmes} writes unless told otherwise. */
	public Path synthetic() {
		return resolve(resolve(this.root, "output"), "synthetic");
	}

	private static Path resolve(Path folder, String name) {
		return folder.resolve(name).normalize();
	}

}
