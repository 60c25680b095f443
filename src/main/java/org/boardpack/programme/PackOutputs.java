package org.boardpack.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The outputs a programme may choose under {@code outputs:} in {@code programme.yml}, by file name or short
 * name. The roll-up ({@code rollup.json}), the manifest and the pack's {@code index.html} are always written, so
 * naming them changes nothing.
 */
public final class PackOutputs {

	/** Each short name and file name with the files it stands for. */
	private static final Map<String, List<String>> NAMES = names();

	private PackOutputs() {
	}

	private static Map<String, List<String>> names() {
		Map<String, List<String>> names = new LinkedHashMap<>();
		names.put("tracker", List.of("rag-tracker.xlsx"));
		names.put("board-paper", List.of("board-paper.html", "board-paper.pdf", "board-paper.docx"));
		names.put("exception-report", List.of("exception-report.pdf"));
		names.put("rollup", List.of());
		for (String file : List.of("rag-tracker.xlsx", "board-paper.html", "board-paper.pdf", "board-paper.docx",
				"exception-report.pdf")) {
			names.put(file, List.of(file));
		}
		names.put("rollup.json", List.of());
		names.put("manifest.json", List.of());
		names.put("index", List.of());
		names.put("index.html", List.of());
		return names;
	}

	/** The files every pack holds, whatever its {@code outputs:} setting. */
	static final Set<String> ALWAYS_WRITTEN = Set.of("rollup.json", "manifest.json", "index.html");

	/** The files a name stands for; null when it names no output. */
	static List<String> files(String name) {
		return NAMES.get(name.strip().toLowerCase(Locale.ROOT));
	}

	/** The names one may write, for error messages. */
	static String known() {
		return String.join(", ", new ArrayList<>(NAMES.keySet()));
	}

}
