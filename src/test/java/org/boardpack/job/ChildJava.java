package org.boardpack.job;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.boardpack.system.StagedFolder;

/**
 * The Java command that child runs start, made once for all the tests that start them:
 * the compiled application in one jar beside its libraries, and (on Java 25 and later) a
 * start-up cache of its classes trained once on the bundled programme, as the launcher
 * keeps one. A child run is short, so it is compiled by the quick compiler alone: that
 * halves its CPU time, which matters when several run at once on a small machine. The jar
 * and cache are kept in {@code target/child-java} and made again only when the classes or
 * the class path change. None of this changes what a run does: the same code runs on the
 * same inputs.
 */
final class ChildJava {

	private static final Path FOLDER = Path.of("target", "child-java").toAbsolutePath();

	private static final Path JAR = FOLDER.resolve("boardpack-classes.jar");

	private static final Path CACHE = FOLDER.resolve("boardpack.aot");

	/** The class path the cache was trained with; a cache fits only that one. */
	private static final Path CLASS_PATH = FOLDER.resolve("class-path.txt");

	/** The quick (C1) compiler alone, as suits a short run. */
	private static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

	private static final FileTime EPOCH = FileTime.fromMillis(0);

	private static List<String> command;

	private ChildJava() {
	}

	/**
	 * {@code java} and its options and class path, ready for the main class and its
	 * arguments.
	 */
	static synchronized List<String> command() throws IOException {
		if (command == null) {
			command = prepare();
		}
		return command;
	}

	/** As {@link #command()}, without the start-up cache. */
	static List<String> commandWithoutCache() throws IOException {
		List<String> command = new ArrayList<>(command());
		command.removeIf((option) -> option.startsWith("-XX:AOTCache=") || option.startsWith("-Xlog:"));
		return command;
	}

	private static List<String> prepare() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String testClassPath = System.getProperty("java.class.path");
		Path classes = Path.of("target", "classes").toAbsolutePath();
		Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
		List<Path> entries = Arrays.stream(testClassPath.split(File.pathSeparator))
			.map((entry) -> Path.of(entry).toAbsolutePath())
			.toList();
		if (!Files.isDirectory(classes)) {
			return List.of(java, QUICK_COMPILER, "-cp", testClassPath);
		}
		// A cache holds classes from jars only; the test classes are not needed by a run.
		List<String> path = new ArrayList<>(List.of(JAR.toString()));
		for (Path entry : entries) {
			if (entry.toString().endsWith(".jar")) {
				path.add(entry.toString());
			}
			else if (!entry.equals(classes) && !entry.equals(testClasses)) {
				return List.of(java, QUICK_COMPILER, "-cp", testClassPath);
			}
		}
		Files.createDirectories(FOLDER);
		boolean changed = writeIfChanged(JAR, jar(classes));
		String classPath = String.join(File.pathSeparator, path);
		changed |= writeIfChanged(CLASS_PATH, classPath.getBytes(StandardCharsets.UTF_8));
		List<String> options = new ArrayList<>(List.of(java, QUICK_COMPILER));
		if (Runtime.version().feature() >= 25) {
			if (changed) {
				Files.deleteIfExists(CACHE);
			}
			if (!Files.exists(CACHE)) {
				train(options, classPath);
			}
			if (Files.exists(CACHE)) {
				options.addAll(List.of("-XX:AOTCache=" + CACHE, "-Xlog:aot=error", "-Xlog:cds=error"));
			}
		}
		options.addAll(List.of("-cp", classPath));
		return List.copyOf(options);
	}

	/**
	 * Runs the bundled programme once, in a scratch folder with an embedded store, and
	 * keeps the cache it leaves; without one, child runs start without it.
	 */
	private static void train(List<String> options, String classPath) throws IOException {
		Path scratch = Files.createTempDirectory("boardpack-child-java");
		Path trained = FOLDER.resolve("boardpack.aot.training");
		try {
			List<String> training = new ArrayList<>(options);
			training.addAll(List.of("-XX:AOTCacheOutput=" + trained, "-cp", classPath, "org.boardpack.cli.Cli", "run",
					Path.of("jobs/bromley-csc-2016").toAbsolutePath().toString()));
			ProcessBuilder builder = new ProcessBuilder(training).redirectErrorStream(true)
				.redirectOutput(scratch.resolve("training.log").toFile());
			builder.environment().keySet().removeIf((key) -> key.startsWith("SPRING_") || key.startsWith("BOARDPACK_"));
			builder.environment().put("BOARDPACK_OUTPUT", scratch.resolve("output").toString());
			builder.environment().put("BOARDPACK_STORE", scratch.resolve("store").toString());
			builder.environment().put("BOARDPACK_TEMPLATES", Path.of("templates").toAbsolutePath().toString());
			builder.environment()
				.put("BOARDPACK_SECRETS", Files.createDirectories(scratch.resolve("no-secrets")).toString());
			Process process = builder.start();
			if (process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0 && Files.exists(trained)) {
				Files.move(trained, CACHE);
			}
			else {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			Files.deleteIfExists(trained);
			StagedFolder.delete(scratch);
		}
	}

	/**
	 * The compiled classes and resources as one jar, the same bytes for the same files.
	 */
	private static byte[] jar(Path classes) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes); Stream<Path> files = Files.walk(classes)) {
			// Folders have entries of their own, as in a built jar: a scan of a
			// package for components asks for its folder.
			for (Path file : files.filter((file) -> !file.equals(classes)).sorted().toList()) {
				String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
				boolean folder = Files.isDirectory(file);
				JarEntry entry = new JarEntry(folder ? name + "/" : name);
				entry.setLastModifiedTime(EPOCH);
				jar.putNextEntry(entry);
				if (!folder) {
					Files.copy(file, jar);
				}
				jar.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * Writes {@code bytes} unless the file already holds them, so that an unchanged jar
	 * keeps the date its cache was made against.
	 */
	private static boolean writeIfChanged(Path file, byte[] bytes) throws IOException {
		if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
			return false;
		}
		Files.write(file, bytes);
		return true;
	}

}
