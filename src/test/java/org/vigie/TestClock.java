package org.vigie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move forward, instead of sleeping.
 */
public class TestClock extends Clock {

	private volatile Instant now;

	/** Starts at {@code now}, to the millisecond as databases store it. */
	public TestClock(Instant now) {
		this.now = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	public void set(Instant now) {
		this.now = now;
	}

	@Override
	public Instant instant() {
		return this.now;
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
