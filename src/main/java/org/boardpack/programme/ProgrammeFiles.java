package org.boardpack.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.boardpack.input.Checksums;
import org.boardpack.input.CsvTables;
import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Problem;
import org.boardpack.input.Problems;
import org.boardpack.input.Table;
import org.boardpack.input.Text;
import org.boardpack.input.XlsxTables;
import org.boardpack.narrative.NarrativeReader;
import org.boardpack.plan.PlanReader;
import org.boardpack.plan.TrackerReturn;

/**
 * Finds a programme's tables: each as {@code <name>.csv} in the folder, or as a sheet of
 * the same name in {@code programme.xlsx}. Checks each header and keeps a checksum of
 * every file read.
 */
final class ProgrammeFiles {

	static final String WORKBOOK = "programme.xlsx";

	private final Path folder;

	private final Problems problems;

	private final SortedMap<String, String> checksums = new TreeMap<>();

	private Map<String, Table> workbook;

	private final Set<String> unusable = new HashSet<>();

	private final Map<Path, ReturnCover> covers = new HashMap<>();

	ProgrammeFiles(Path folder, Problems problems) {
		this.folder = folder;
		this.problems = problems;
	}

	/**
	 * The table, or null when it is absent (a problem when {@code required}) or its
	 * header is wrong.
	 */
	Table table(String name, List<String> columns, boolean required) {
		Path csv = this.folder.resolve(name + ".csv");
		String sheet = name.substring(name.lastIndexOf('/') + 1);
		Table table;
		if (Files.exists(csv)) {
			table = csv(csv);
		}
		else if (workbook().containsKey(sheet)) {
			table = workbook().get(sheet);
		}
		else {
			if (required) {
				this.problems.file(name + ".csv", "is missing (nor is there a sheet \"%s\" in %s)", sheet, WORKBOOK);
				this.unusable.add(name);
			}
			return null;
		}
		if (table == null || !headerFits(table, columns)) {
			this.unusable.add(name);
			return null;
		}
		StoreLimits.check(name, table, this.problems);
		return table;
	}

	/**
	 * The ids in a table's id column, including rows rejected for other reasons, so that
	 * references to them are not reported again; null when the table could not be read,
	 * and references cannot be checked at all.
	 */
	Set<String> declaredIds(String name, Table table, String column) {
		if (table == null) {
			return this.unusable.contains(name) ? null : Set.of();
		}
		return table.rows()
			.stream()
			.map((row) -> row.text(column))
			.filter((id) -> !id.isEmpty())
			.collect(Collectors.toSet());
	}

	/**
	 * Update returns in {@code updates/}, as {@code YYYY-MM.csv} or {@code YYYY-MM.xlsx}
	 * (in any case, as Windows may save them), by file name. Every other file there is
	 * refused or warned of.
	 */
	SortedMap<String, Path> updateFiles() {
		return new FolderListing(this.folder, this.problems).list("updates",
				(name) -> name.endsWith(".csv") || name.endsWith(".xlsx"), "YYYY-MM.csv and YYYY-MM.xlsx");
	}

	/**
	 * The folders of returns in {@code updates/}, as {@code YYYY-MM/}, by name; each
	 * holds any number of returns for its month, one per lead or as they came.
	 */
	SortedMap<String, Path> updateFolders() {
		SortedMap<String, Path> folders = new TreeMap<>();
		try (var list = Files.list(this.folder.resolve("updates"))) {
			list.filter(Files::isDirectory)
				.filter((path) -> !path.getFileName().toString().startsWith("."))
				.forEach((path) -> folders.put(path.getFileName().toString(), path));
		}
		catch (IOException ex) {
			// no updates folder: no returns
		}
		return folders;
	}

	/** The returns in a folder {@code updates/YYYY-MM/}, by file name. */
	SortedMap<String, Path> folderReturns(String name) {
		return new FolderListing(this.folder, this.problems).list("updates/" + name,
				(file) -> file.endsWith(".csv") || file.endsWith(".xlsx"), "returns as .csv and .xlsx files");
	}

	/**
	 * The cover of a return workbook made by {@code returns}, read with its Actions
	 * sheet; null for any other return.
	 */
	ReturnCover returnCover(Path file) {
		return this.covers.get(file);
	}

	/**
	 * The monthly narratives in {@code narrative/}, as {@code YYYY-MM.md}, by file name.
	 */
	SortedMap<String, Path> narrativeFiles() {
		return new FolderListing(this.folder, this.problems).list(NarrativeReader.FOLDER,
				(name) -> name.endsWith(".md"), "YYYY-MM.md");
	}

	/**
	 * Warns of files in the folders of tables ({@code plan/}, {@code indicators/}) that
	 * are not among them.
	 */
	void accountForTables(String folder, List<String> tables) {
		new FolderListing(this.folder, this.problems).tables(folder,
				tables.stream()
					.map((table) -> table.substring(table.indexOf('/') + 1) + ".csv")
					.collect(Collectors.toSet()));
	}

	/**
	 * An update return: a CSV, or a workbook's "Actions" sheet (else its first sheet).
	 */
	Table updates(Path file, List<String> columns) {
		String name = this.folder.relativize(file).toString().replace('\\', '/');
		Table table;
		if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
			table = csv(file);
		}
		else {
			Map<String, Table> sheets = xlsx(file, name);
			table = sheets.isEmpty() ? null : sheets.getOrDefault("Actions", sheets.values().iterator().next());
			table = (table != null) ? fromTracker(table) : null;
			ReturnCover cover = ReturnCover.read(sheets.get(ReturnCover.SHEET), this.problems);
			if (cover != null) {
				this.covers.put(file, cover);
			}
		}
		if (table == null || !headerFits(table, columns)) {
			return null;
		}
		StoreLimits.check("updates", table, this.problems);
		return table;
	}

	/**
	 * The Actions sheet of a RAG tracker, with its headings read as the update columns
	 * they hold, so that it is checked exactly as a CSV return is. Columns a tracker does
	 * not carry are read as empty.
	 */
	private static Table fromTracker(Table table) {
		List<String> names = table.header().names();
		if (names.contains("action_id") || !names.contains(TrackerReturn.HEADINGS.get("action_id"))) {
			return table;
		}
		List<String> renamed = new ArrayList<>();
		for (String name : names) {
			renamed.add(TrackerReturn.HEADINGS.entrySet()
				.stream()
				.filter((e) -> e.getValue().equals(name))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(name));
		}
		PlanReader.UPDATE_COLUMNS.stream().filter((c) -> !renamed.contains(c)).forEach(renamed::add);
		Table.Header header = new Table.Header(table.file(), renamed);
		return new Table(header,
				table.rows().stream().map((row) -> new Table.Row(header, row.number(), row.values())).toList());
	}

	SortedMap<String, String> checksums() {
		return this.checksums;
	}

	byte[] read(String name) throws IOException {
		return readBytes(this.folder.resolve(name), name);
	}

	/** A file's bytes, read once for both its checksum and its contents. */
	private byte[] readBytes(Path path, String name) throws IOException {
		byte[] bytes = Files.readAllBytes(path);
		this.checksums.put(name, Checksums.sha256(bytes));
		return bytes;
	}

	private Table csv(Path path) {
		String name = this.folder.relativize(path).toString().replace('\\', '/');
		try {
			return CsvTables.read(readBytes(path, name), name);
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(this.problems::add);
			return null;
		}
		catch (IOException | RuntimeException ex) {
			this.problems.file(name, "cannot be read: %s", ex.getMessage().replace(name + " ", ""));
			return null;
		}
	}

	private Map<String, Table> workbook() {
		if (this.workbook == null) {
			Path path = this.folder.resolve(WORKBOOK);
			this.workbook = Files.exists(path) ? xlsx(path, WORKBOOK) : Map.of();
		}
		return this.workbook;
	}

	private Map<String, Table> xlsx(Path path, String name) {
		try {
			return XlsxTables.read(readBytes(path, name), name);
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(this.problems::add);
			return Map.of();
		}
		catch (IOException | RuntimeException ex) {
			this.problems.file(name, "cannot be read as a workbook: %s", ex.getMessage());
			return Map.of();
		}
	}

	private boolean headerFits(Table table, List<String> columns) {
		List<String> missing = columns.stream().filter((c) -> !table.header().names().contains(c)).toList();
		if (!missing.isEmpty()) {
			this.problems
				.add(new Problem(table.file(), 1, null, Text.format("the header lacks %s; expected columns: %s",
						String.join(", ", missing), String.join(",", columns))));
			return false;
		}
		return true;
	}

}
