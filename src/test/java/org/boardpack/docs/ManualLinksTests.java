package org.boardpack.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the manual as a reader follows them: every link to another page or a
 * picture of the project leads somewhere.
 */
class ManualLinksTests {

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

	@Test
	void everyLinkOfTheReadmeAndTheManualLeadsToAFileOfTheProject() throws IOException {
		// given
		List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			docs.filter((page) -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
		}

		// when
		List<String> broken = new ArrayList<>();
		for (Path page : pages) {
			Matcher link = LINK.matcher(Files.readString(page));
			while (link.find()) {
				String target = link.group(1);
				if (!target.contains("://") && !target.startsWith("mailto:")
						&& !Files.exists(page.resolveSibling(target))) {
					broken.add(page + " links to " + target);
				}
			}
		}

		// then
		assertThat(pages).hasSizeGreaterThan(10);
		assertThat(broken).isEmpty();
	}

}
