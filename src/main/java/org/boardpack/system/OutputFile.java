package org.boardpack.system;

import java.util.Arrays;

/**
 * The files of a pack, each named once: the roll-up, the documents the renderers write,
 * the index page that lists them for a reader, and the manifest that lists them for a
 * machine.
 */
public enum OutputFile {

	ROLLUP("rollup.json"), TRACKER("rag-tracker.xlsx"), BOARD_PAPER_HTML("board-paper.html"),
	BOARD_PAPER_PDF("board-paper.pdf"), BOARD_PAPER_DOCX("board-paper.docx"), EXCEPTION_REPORT("exception-report.pdf"),
	INDEX("index.html"), MANIFEST("manifest.json");

	private final String fileName;

	OutputFile(String fileName) {
		this.fileName = fileName;
	}

	/** The file's name in a pack folder, e.g. {@code rag-tracker.xlsx}. */
	public String fileName() {
		return this.fileName;
	}

	/** The output with this file name; null when no output has it. */
	public static OutputFile named(String fileName) {
		return Arrays.stream(values()).filter((file) -> file.fileName.equals(fileName)).findFirst().orElse(null);
	}

}
