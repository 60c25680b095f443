package org.boardpack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.programme.ProgrammeSettings;
import org.boardpack.rollup.RollupJson;
import org.boardpack.system.FileEntry;

/**
 * {@code manifest.json}: what a pack holds and what it was made from. It carries no clock
 * time, so that the same inputs give the same bytes.
 */
record Manifest(String programme, String period, String asAt, String version, String dataLabel, List<FileEntry> outputs,
		List<FileEntry> inputs) {

	static final String FILE = FileEntry.MANIFEST;

	private static final Pattern UPDATE_FILE = Pattern.compile("(?:updates|narrative)/(\\d{4}-\\d{2})\\.\\w+");

	/**
	 * Describes every output already in {@code folder}, and the inputs the period was
	 * made from by their stored checksums (update returns and narratives of later periods
	 * left out).
	 */
	static Manifest of(Path folder, YearMonth period, String version, ProgrammeSettings settings,
			Map<String, String> inputChecksums) throws IOException {
		List<FileEntry> inputs = new TreeMap<>(inputChecksums).entrySet()
			.stream()
			.filter((e) -> !laterReturn(e.getKey(), period))
			.map((e) -> new FileEntry(e.getKey(), e.getValue(), null))
			.toList();
		return new Manifest(settings.id(), period.toString(), period.atEndOfMonth().toString(), version,
				settings.dataLabel(), FileEntry.outputs(folder), inputs);
	}

	private static boolean laterReturn(String file, YearMonth period) {
		Matcher matcher = UPDATE_FILE.matcher(file);
		return matcher.matches() && YearMonth.parse(matcher.group(1)).isAfter(period);
	}

	void write(Path folder) throws IOException {
		Files.write(folder.resolve(FILE), RollupJson.MAPPER.writeValueAsBytes(this));
	}

}
