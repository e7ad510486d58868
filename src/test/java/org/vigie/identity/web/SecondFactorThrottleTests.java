package org.vigie.identity.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Second-factor attempts from one address are limited for ten minutes, whatever the
 * accounts they aim at.
 */
class SecondFactorThrottleTests {

	@Test
	void refusesAnAddressPastItsAttemptsUntilTheWindowEnds() {
		AtomicLong nanos = new AtomicLong();
		SecondFactorThrottle throttle = new SecondFactorThrottle(nanos::get);
		for (int i = 0; i < SecondFactorThrottle.MAX_ATTEMPTS; i++) {
			assertThat(throttle.allows("192.0.2.1")).isTrue();
		}

		assertThat(throttle.allows("192.0.2.1")).isFalse();
		assertThat(throttle.allows("192.0.2.2")).isTrue();

		nanos.addAndGet(SecondFactorThrottle.WINDOW.plus(Duration.ofSeconds(1)).toNanos());
		assertThat(throttle.allows("192.0.2.1")).isTrue();
	}

}
