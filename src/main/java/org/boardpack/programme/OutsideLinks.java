package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.boardpack.input.Problems;

/**
 * Refuses symbolic links that lead out of a programme folder: whatever they point at (a
 * file elsewhere on the machine, another programme's plan) would otherwise be read and
 * published as the programme's own. Links that stay inside the folder are allowed.
 */
final class OutsideLinks {

	private OutsideLinks() {
	}

	/**
	 * Records a problem, named by its path inside the folder, for every link leading out
	 * of it.
	 */
	static void check(Path folder, Problems problems) {
		try (Stream<Path> walk = Files.walk(folder)) {
			Path root = folder.toRealPath();
			for (Path path : walk.filter(Files::isSymbolicLink).sorted().toList()) {
				String name = folder.relativize(path).toString().replace('\\', '/');
				Path target;
				try {
					target = path.toRealPath();
				}
				catch (IOException ex) {
					problems.file(name, "is a link to nothing; remove it or put the file itself here");
					continue;
				}
				if (!target.startsWith(root)) {
					problems.file(name, "is a link to outside the programme folder, which boardpack does not follow; "
							+ "copy what it links to into the folder instead");
				}
			}
		}
		catch (IOException ex) {
			problems.file(".", "cannot be listed: %s", ex.getMessage());
		}
	}

}
