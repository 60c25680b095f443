package org.boardpack.job;

import java.io.PrintStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a run tells its user as it goes: each stage with its counts (files read, actions
 * and indicators rated, documents written). On a terminal
 * ({@code BOARDPACK_PROGRESS=terminal}, which the launcher sets when its error output is
 * one and CI is not set) as short lines on the error output, so the summary on standard
 * output stays as it was; otherwise (CI, cron, serve, a redirected run) as plain INFO log
 * lines. Thread-safe.
 */
@Component
public class RunProgress {

	private static final Log logger = LogFactory.getLog(RunProgress.class);

	/** The stages of a run, in order, for "[2/4]" on a terminal. */
	static final int STAGES = 4;

	private final boolean terminal;

	private final PrintStream terminalOut = System.err;

	RunProgress(@Value("${boardpack.progress:log}") String mode) {
		this.terminal = "terminal".equals(mode);
	}

	/**
	 * Reports a stage of one programme's run: {@code stage} counts from 1 to
	 * {@link #STAGES}.
	 */
	void stage(PackParameters run, int stage, String message) {
		String line = "%s %s [%d/%d] %s".formatted(run.programme(), run.period(), stage, STAGES, message);
		if (this.terminal) {
			this.terminalOut.println(line);
		}
		else {
			logger.info(line);
		}
	}

}
