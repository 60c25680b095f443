package org.boardpack.render.board;

import java.util.List;

import org.boardpack.programme.ExceptionRules;
import org.boardpack.exceptions.ExceptionFinder;
import org.boardpack.exceptions.ExceptionReport;
import org.boardpack.rollup.Rollup;

/**
 * The exceptions in brief: the exception report's own cover lines, found by the same rules, so the paper and
 * the report never give different counts for the same period.
 */
final class Exceptions {

	static final String REPORT = "exception-report.pdf";

	private Exceptions() {
	}

	static BoardPaper.Exceptions of(Rollup rollup, ExceptionRules rules) {
		ExceptionReport report = ExceptionFinder.find(rollup, rules);
		if (report.none()) {
			return new BoardPaper.Exceptions(List.of(), "There are no exceptions this period.");
		}
		List<String> lines = report.counts().stream().map(ExceptionReport.Count::sentence).toList();
		return new BoardPaper.Exceptions(lines,
				"Each is listed with its reason, by priority and by lead officer, in the exception report ("
						+ REPORT + ") in this pack.");
	}

}
