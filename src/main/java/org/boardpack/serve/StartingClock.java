package org.boardpack.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that reads {@code start} when first asked, as serve schedules its first export,
 * and runs on in real time from then: {@code serve --now} rehearses a schedule with it,
 * however long start-up took.
 */
public final class StartingClock extends Clock {

	private final Instant start;

	private volatile Instant anchor;

	public StartingClock(Instant start) {
		this.start = start;
	}

	@Override
	public Instant instant() {
		if (this.anchor == null) {
			synchronized (this) {
				if (this.anchor == null) {
					this.anchor = Instant.now();
				}
			}
		}
		return this.start.plus(Duration.between(this.anchor, Instant.now()));
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
