package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.boardpack.input.Problems;

/**
 * Lists a folder of a programme and accounts for every file in it: a file boardpack reads
 * is returned, a spreadsheet in a format it cannot read is refused with what to do, and
 * any other file is a warning, so that a return saved under a name or format boardpack
 * skips is never passed over in silence.
 */
final class FolderListing {

	/**
	 * Spreadsheet formats boardpack does not read, each refused with the format to save
	 * in instead.
	 */
	private static final List<String> UNREAD_SPREADSHEETS = List.of(".xls", ".xlsb", ".ods", ".numbers");

	private final Path programme;

	private final Problems problems;

	FolderListing(Path programme, Problems problems) {
		this.programme = programme;
		this.problems = problems;
	}

	/**
	 * The files of {@code folder} that {@code reads} accepts (by lower-case name), by
	 * file name; {@code naming} says in a warning or refusal which files are read there.
	 * Sub-folders, hidden files and spreadsheet lock files ({@code ~$2017-05.xlsx}) are
	 * not inputs and are passed over.
	 */
	SortedMap<String, Path> list(String folder, Predicate<String> reads, String naming) {
		SortedMap<String, Path> files = new TreeMap<>();
		Path path = this.programme.resolve(folder);
		if (!Files.isDirectory(path)) {
			return files;
		}
		try (Stream<Path> list = Files.list(path)) {
			for (Path file : list.sorted().toList()) {
				String name = file.getFileName().toString();
				String lower = name.toLowerCase(Locale.ROOT);
				if (name.startsWith("~$") || name.startsWith(".") || Files.isDirectory(file)) {
					continue;
				}
				if (reads.test(lower)) {
					files.put(name, file);
				}
				else if (UNREAD_SPREADSHEETS.stream().anyMatch(lower::endsWith)) {
					this.problems.file(folder + "/" + name,
							"is a spreadsheet format boardpack does not read; save it "
									+ "as an Excel Workbook (.xlsx) or as CSV UTF-8 (.csv). Here boardpack reads %s",
							naming);
				}
				else {
					this.problems.warn(folder + "/" + name, "is not read: here boardpack reads %s", naming);
				}
			}
		}
		catch (IOException ex) {
			this.problems.file(folder, "cannot be listed: %s", ex.getMessage());
		}
		return files;
	}

	/**
	 * Accounts for the files of a folder whose tables are found by name, such as
	 * {@code plan/}.
	 */
	void tables(String folder, Set<String> names) {
		list(folder, names::contains, String.join(", ", names.stream().sorted().toList()));
	}

}
