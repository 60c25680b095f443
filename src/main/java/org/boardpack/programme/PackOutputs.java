package org.boardpack.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.boardpack.system.OutputFile;

/**
 * The outputs a programme may choose under {@code outputs:} in {@code programme.yml}, by
 * file name or short name. The roll-up ({@code rollup.json}), the manifest and the pack's
 * {@code index.html} are always written, so naming them changes nothing.
 */
public final class PackOutputs {

	/**
	 * The outputs a programme may leave out: every one but the roll-up and the manifest.
	 */
	private static final List<OutputFile> DOCUMENTS = List.of(OutputFile.TRACKER, OutputFile.BOARD_PAPER_HTML,
			OutputFile.BOARD_PAPER_PDF, OutputFile.BOARD_PAPER_DOCX, OutputFile.EXCEPTION_REPORT);

	/** Each short name and file name with the files it stands for. */
	private static final Map<String, List<String>> NAMES = names();

	private PackOutputs() {
	}

	private static Map<String, List<String>> names() {
		Map<String, List<String>> names = new LinkedHashMap<>();
		names.put("tracker", files(OutputFile.TRACKER));
		names.put("board-paper",
				files(OutputFile.BOARD_PAPER_HTML, OutputFile.BOARD_PAPER_PDF, OutputFile.BOARD_PAPER_DOCX));
		names.put("exception-report", files(OutputFile.EXCEPTION_REPORT));
		names.put("rollup", List.of());
		for (OutputFile file : DOCUMENTS) {
			names.put(file.fileName(), files(file));
		}
		names.put(OutputFile.ROLLUP.fileName(), List.of());
		names.put(OutputFile.MANIFEST.fileName(), List.of());
		names.put("index", List.of());
		names.put(OutputFile.INDEX.fileName(), List.of());
		return names;
	}

	/** The files every pack holds, whatever its {@code outputs:} setting. */
	static final Set<String> ALWAYS_WRITTEN = Set.of(OutputFile.ROLLUP.fileName(), OutputFile.MANIFEST.fileName(),
			OutputFile.INDEX.fileName());

	private static List<String> files(OutputFile... files) {
		return Stream.of(files).map(OutputFile::fileName).toList();
	}

	/** The files a name stands for; null when it names no output. */
	static List<String> files(String name) {
		return NAMES.get(name.strip().toLowerCase(Locale.ROOT));
	}

	/** The names one may write, for error messages. */
	static String known() {
		return String.join(", ", new ArrayList<>(NAMES.keySet()));
	}

}
