package org.boardpack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the application's packages depend on each other, read from the imports of its
 * sources: no two packages depend on each other, however indirectly, and renderers draw
 * only on the pack they are given.
 */
class PackageDependencyTests {

	private static final Path SOURCES = Path.of("src/main/java/org/boardpack");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.boardpack\\.([a-z.]+?)\\.[A-Z]",
			Pattern.MULTILINE);

	@Test
	void noPackageDependsOnItselfThroughOthers() throws IOException {
		// given
		Map<String, Set<String>> imports = packageImports();

		// when
		List<String> cycles = new ArrayList<>();
		for (String start : imports.keySet()) {
			if (reaches(imports, start, start, new HashSet<>())) {
				cycles.add(start);
			}
		}

		// then
		assertThat(cycles).as("packages on an import cycle").isEmpty();
	}

	@Test
	void noRendererReadsTheProgrammeFolderOrTheStore() throws IOException {
		// given
		List<String> offenders = new ArrayList<>();

		// when
		try (Stream<Path> files = Files.walk(SOURCES.resolve("render"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				if (source.contains("import org.boardpack.programme.ProgrammeReader;")
						|| source.contains("import org.boardpack.narrative.NarrativeReader;")
						|| source.contains("import org.boardpack.store.")) {
					offenders.add(SOURCES.relativize(file).toString());
				}
			}
		}

		// then
		assertThat(offenders).as("renderers that read the programme folder or the store").isEmpty();
	}

	private static boolean reaches(Map<String, Set<String>> imports, String from, String target, Set<String> seen) {
		for (String next : imports.getOrDefault(from, Set.of())) {
			if (next.equals(target) || (seen.add(next) && reaches(imports, next, target, seen))) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, Set<String>> packageImports() throws IOException {
		Map<String, Set<String>> imports = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Path folder = SOURCES.relativize(file).getParent();
				String own = (folder != null) ? folder.toString().replace('/', '.') : "";
				Matcher m = IMPORT.matcher(Files.readString(file));
				while (m.find()) {
					if (!m.group(1).equals(own)) {
						imports.computeIfAbsent(own, (k) -> new TreeSet<>()).add(m.group(1));
					}
				}
			}
		}
		return imports;
	}

}
