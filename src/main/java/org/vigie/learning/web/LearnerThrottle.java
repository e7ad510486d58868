package org.vigie.learning.web;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.vigie.identity.ServerKeys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits floods on the cards' forms without tracking anyone: what is counted is a keyed
 * hash of the client's address, kept in memory only for the window, never stored or
 * logged. The limits are wide, because a whole class or a hotel's staff may answer from
 * one address; {@code vigie.learning.throttle-factor} widens them further (benchmarks).
 */
@Component
public class LearnerThrottle {

	/** What is counted, with how many per address in what window. */
	public enum Bucket {

		/** Every form sent: answers, trip dates, settings. */
		FORM(3000, Duration.ofMinutes(10)),

		/** Learners created by a first answer. */
		NEW_LEARNER(300, Duration.ofHours(1)),

		/** Emails asked for: sign-in links, invitations. */
		EMAIL(10, Duration.ofHours(1));

		private final int limit;

		private final Duration window;

		Bucket(int limit, Duration window) {
			this.limit = limit;
			this.window = window;
		}

	}

	private static final String PURPOSE = "learning-throttle";

	private final ServerKeys keys;

	private final int factor;

	private final Map<Bucket, Cache<String, AtomicInteger>> counts = new EnumMap<>(Bucket.class);

	LearnerThrottle(ServerKeys keys, @Value("${vigie.learning.throttle-factor:1}") int factor) {
		this.keys = keys;
		this.factor = Math.max(1, factor);
		for (Bucket bucket : Bucket.values()) {
			this.counts.put(bucket, Caffeine.newBuilder().expireAfterWrite(bucket.window).maximumSize(200_000).build());
		}
	}

	/**
	 * Counts one more request in the bucket.
	 * @param bucket what is counted
	 * @param request the request
	 * @return whether it stays within the limit
	 */
	public boolean allow(Bucket bucket, HttpServletRequest request) {
		String address = this.keys.keyedHash(PURPOSE, String.valueOf(request.getRemoteAddr()));
		return this.counts.get(bucket).get(address, (any) -> new AtomicInteger()).incrementAndGet() <= bucket.limit
				* this.factor;
	}

}
