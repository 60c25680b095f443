package org.boardpack;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.opentest4j.TestAbortedException;

/**
 * What a test needs from the machine: a PostgreSQL server, poppler's PDF tools,
 * LibreOffice. Under {@code CI=true} a test whose need is missing fails, so a green build
 * never hides an untested PDF or store; elsewhere it is skipped, with one line on the
 * error output saying what was not tested and how to include it.
 */
public final class Requires {

	static final String POSTGRES_HOW = "set BOARDPACK_TEST_POSTGRES_URL, BOARDPACK_TEST_POSTGRES_USER and "
			+ "BOARDPACK_TEST_POSTGRES_PASSWORD to an empty PostgreSQL database (docs/testing.md)";

	private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

	private Requires() {
	}

	/** Whether the tests run under CI, where nothing may be skipped. */
	public static boolean ci() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** Whether the PostgreSQL tests have a server to run against. */
	public static boolean postgres() {
		String url = System.getenv("BOARDPACK_TEST_POSTGRES_URL");
		return url != null && !url.isBlank();
	}

	/**
	 * A command such as {@code pdftotext} or {@code soffice}: on the PATH, or fails under
	 * CI, or skips.
	 */
	public static void command(String command, String package_) {
		if (!onPath(command)) {
			missing(command + " (" + package_ + ")", "the tests that open outputs with " + command,
					"install " + package_);
		}
	}

	/**
	 * Reports something missing: an {@link AssertionError} under CI; elsewhere a skip,
	 * said in one line once per thing missing.
	 */
	public static void missing(String thing, String untested, String how) {
		String line = "Not tested: " + untested + ", as " + thing + " is missing. To include them: " + how + ".";
		if (ci()) {
			throw new AssertionError(
					"CI=true and " + thing + " is missing: " + untested + " cannot run; to include them, " + how);
		}
		if (SAID.add(line)) {
			System.err.println("boardpack tests: " + line);
		}
		throw new TestAbortedException(line);
	}

	private static boolean onPath(String command) {
		for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(folder, command))) {
				return true;
			}
		}
		return false;
	}

}
