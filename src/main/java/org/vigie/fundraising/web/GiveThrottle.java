package org.vigie.fundraising.web;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;

/**
 * Limits what card testers (who try stolen card numbers by making many small gifts) and
 * floods can do, without tracking anyone: per client, a keyed hash of its address kept in
 * memory for the window only; per campaign, all clients together. The limits are far
 * above what real donors do; {@code vigie.fundraising.throttle-factor} widens them for
 * load tests.
 */
@Component
public class GiveThrottle {

	/** What is counted. */
	public enum Bucket {

		/** Gifts asked for by one client. */
		CLIENT_GIFTS(10, Duration.ofHours(1)),

		/** Gifts asked for on one campaign, by everybody. */
		CAMPAIGN_GIFTS(300, Duration.ofMinutes(10)),

		/** Emails asked for by one client (self-service links, runners' pages). */
		CLIENT_EMAILS(10, Duration.ofHours(1)),

		/** Other forms sent by one client. */
		CLIENT_FORMS(300, Duration.ofMinutes(10));

		private final int limit;

		private final Duration window;

		Bucket(int limit, Duration window) {
			this.limit = limit;
			this.window = window;
		}

	}

	private static final String PURPOSE = "fundraising-throttle";

	private final ServerKeys keys;

	private final int factor;

	private final Map<Bucket, Cache<String, AtomicInteger>> counts = new EnumMap<>(Bucket.class);

	GiveThrottle(ServerKeys keys, @Value("${vigie.fundraising.throttle-factor:1}") int factor) {
		this.keys = keys;
		this.factor = Math.max(1, factor);
		for (Bucket bucket : Bucket.values()) {
			this.counts.put(bucket, Caffeine.newBuilder().expireAfterWrite(bucket.window).maximumSize(200_000).build());
		}
	}

	/** Counts one more request from a client; whether it stays within the limit. */
	public boolean allow(Bucket bucket, HttpServletRequest request) {
		return count(bucket, this.keys.keyedHash(PURPOSE, String.valueOf(request.getRemoteAddr())));
	}

	/** Counts one more request about a campaign; whether it stays within the limit. */
	public boolean allowCampaign(java.util.UUID campaignId) {
		return count(Bucket.CAMPAIGN_GIFTS, campaignId.toString());
	}

	private boolean count(Bucket bucket, String key) {
		return this.counts.get(bucket).get(key, (any) -> new AtomicInteger()).incrementAndGet() <= bucket.limit
				* this.factor;
	}

}
