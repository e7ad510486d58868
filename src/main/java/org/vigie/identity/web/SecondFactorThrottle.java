package org.vigie.identity.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.stereotype.Component;

/**
 * Limits second-factor attempts per client address (kept in memory for ten minutes only),
 * on top of the per-account count of wrong codes: someone holding the passwords of
 * several accounts cannot try codes on all of them at full speed.
 */
@Component
class SecondFactorThrottle {

	static final int MAX_ATTEMPTS = 30;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private final Cache<String, AtomicInteger> attempts;

	SecondFactorThrottle() {
		this(Ticker.systemTicker());
	}

	SecondFactorThrottle(Ticker ticker) {
		this.attempts = Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000).ticker(ticker).build();
	}

	/** Counts an attempt from this address; says whether it may go on. */
	boolean allows(String address) {
		return this.attempts.get(address, (key) -> new AtomicInteger()).incrementAndGet() <= MAX_ATTEMPTS;
	}

}
