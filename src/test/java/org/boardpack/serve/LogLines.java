package org.boardpack.serve;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * The lines serve logs, as an operator reads them, kept for a test. A bean of the test's
 * own: made while the application starts, after its logging is set up and before any
 * export is scheduled.
 */
class LogLines extends AppenderBase<ILoggingEvent> {

	private final List<String> lines = new CopyOnWriteArrayList<>();

	LogLines() {
		setName("serve-test-lines");
		start();
		((Logger) LoggerFactory.getLogger("org.boardpack.serve")).addAppender(this);
	}

	@Override
	protected void append(ILoggingEvent event) {
		this.lines.add(event.getFormattedMessage());
	}

	String text() {
		return String.join("\n", this.lines);
	}

}
