package org.boardpack.render.board;

import java.util.List;

import org.boardpack.exceptions.ExceptionReport;
import org.boardpack.system.OutputFile;

/**
 * The exceptions in brief: the exception report's own cover lines, found by the same
 * rules, so the paper and the report never give different counts for the same period.
 */
final class Exceptions {

	private Exceptions() {
	}

	static BoardPaper.Exceptions of(ExceptionReport report) {
		if (report.none()) {
			return new BoardPaper.Exceptions(List.of(), "There are no exceptions this period.");
		}
		List<String> lines = report.counts().stream().map(ExceptionReport.Count::sentence).toList();
		return new BoardPaper.Exceptions(lines,
				"Each is listed with its reason, by priority and by lead officer, in the exception report ("
						+ OutputFile.EXCEPTION_REPORT.fileName() + ") in this pack.");
	}

}
