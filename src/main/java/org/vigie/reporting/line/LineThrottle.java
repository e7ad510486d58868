package org.vigie.reporting.line;

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
 * Limits floods and guessing without tracking anyone: what is counted is a keyed hash of
 * the client's address (as the site's trusted proxies resolved it), kept in memory only
 * for the bucket's window, never stored or logged. Submissions also have a cap for
 * everyone together, so a flood from many addresses cannot bury the analysts. Visitors of
 * the onion service have no address to tell them apart: they share one wider bucket.
 */
@Component
class LineThrottle {

	/** What is counted, with how many per address in what window. */
	enum Bucket {

		/** Every form sent (each step, a receipt typed, a reply). */
		FORM(120, Duration.ofMinutes(10)),

		/** Reports submitted. */
		SUBMISSION(10, Duration.ofHours(1)),

		/** Receipts typed, right or wrong, on top of each report's own lock. */
		RECEIPT(20, Duration.ofHours(1));

		private final int limit;

		private final Duration window;

		Bucket(int limit, Duration window) {
			this.limit = limit;
			this.window = window;
		}

		int limit() {
			return this.limit;
		}

	}

	private static final String PURPOSE = "reporting-line-throttle";

	/** How many visitors' worth the onion service's shared bucket holds. */
	static final int ONION_SHARE = 20;

	private final ServerKeys keys;

	private final int submissionsPerHour;

	private final Map<Bucket, Cache<String, AtomicInteger>> counts = new EnumMap<>(Bucket.class);

	private final Cache<String, AtomicInteger> everyone = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	LineThrottle(ServerKeys keys,
			@Value("${vigie.reporting.line.submissions-per-hour:${VIGIE_LINE_SUBMISSIONS_PER_HOUR:500}}") int submissionsPerHour) {
		this.keys = keys;
		this.submissionsPerHour = submissionsPerHour;
		for (Bucket bucket : Bucket.values()) {
			this.counts.put(bucket, Caffeine.newBuilder().expireAfterWrite(bucket.window).maximumSize(200_000).build());
		}
	}

	/**
	 * Counts one more request in the bucket.
	 * @return whether it stays within the limits
	 */
	boolean allow(Bucket bucket, HttpServletRequest request) {
		boolean onion = throughTor(request);
		String address = onion ? "onion" : this.keys.keyedHash(PURPOSE, String.valueOf(request.getRemoteAddr()));
		int fromAddress = this.counts.get(bucket).get(address, (any) -> new AtomicInteger()).incrementAndGet();
		if (fromAddress > bucket.limit * (onion ? ONION_SHARE : 1)) {
			return false;
		}
		return bucket != Bucket.SUBMISSION
				|| this.everyone.get("all", (any) -> new AtomicInteger()).incrementAndGet() <= this.submissionsPerHour;
	}

	/**
	 * Whether the request came through the onion service: Tor's daemon connects from this
	 * machine and hides every visitor's address, so they share one wider bucket. A
	 * request from elsewhere that merely names an onion host is counted by its address.
	 */
	private static boolean throughTor(HttpServletRequest request) {
		String address = String.valueOf(request.getRemoteAddr());
		return OnionLocation.viaOnion(request)
				&& (address.startsWith("127.") || "::1".equals(address) || "0:0:0:0:0:0:0:1".equals(address));
	}

	/** Forgets every count (tests start from a clean slate). */
	void forget() {
		this.counts.values().forEach(Cache::invalidateAll);
		this.everyone.invalidateAll();
	}

}
