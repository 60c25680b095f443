package org.boardpack.render;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's messages to the application's log under
 * {@code com.openhtmltopdf}, so its timings and font loading stay out of a user's
 * terminal and its warnings about a template (a missing image, an unknown font) are
 * logged like the application's own.
 */
final class PdfLog implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

	private PdfLog() {
	}

	static void install() {
		XRLog.setLoggerImpl(new PdfLog());
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable th) {
		if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, message, th);
		}
		else {
			log.debug("{}: {}", where, message, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// the application's logging configuration decides
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) ? log.isWarnEnabled()
				: log.isDebugEnabled();
	}

}
