package org.boardpack.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that reads {@code start} when first asked and runs on in real time from then, so that a schedule
 * a few seconds after {@code start} fires a few seconds after serve has scheduled it, however long start-up took.
 */
final class StartingClock extends Clock {

	private final Instant start;

	private volatile Instant anchor;

	StartingClock(Instant start) {
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
