package org.vigie.mobilisation.web;

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
 * Limits what scripts can do with the public forms, without tracking anyone: counts per
 * client address, per network (the /24 of an IPv4 address, the /48 of an IPv6 one: one
 * machine rarely has only one address), and per form subject (a campaign, an event), each
 * kept in memory for its window only and under a keyed hash. The limits are far above
 * what people do; {@code vigie.mobilisation.throttle-factor} widens them for load tests.
 * The per-address limit of confirmation emails is
 * {@link org.vigie.mobilisation.confirm.MailAllowance}, in the database.
 */
@Component
public class ActionThrottle {

	/** What is counted. */
	public enum Bucket {

		/**
		 * Sign-ups (pledges, signatures, registrations, requests, subscriptions) from one
		 * client.
		 */
		CLIENT_SIGNUPS(20, Duration.ofHours(1)),

		/** Sign-ups from one network. */
		NETWORK_SIGNUPS(200, Duration.ofHours(1)),

		/** Sign-ups on one subject (a campaign, a statement, an event), by everybody. */
		SUBJECT_SIGNUPS(2000, Duration.ofMinutes(10)),

		/**
		 * Other forms (confirmations, cancellations, check-ins by link) from one client.
		 */
		CLIENT_FORMS(300, Duration.ofMinutes(10));

		private final int limit;

		private final Duration window;

		Bucket(int limit, Duration window) {
			this.limit = limit;
			this.window = window;
		}

	}

	private static final String PURPOSE = "mobilisation-throttle";

	private final ServerKeys keys;

	private final int factor;

	private final Map<Bucket, Cache<String, AtomicInteger>> counts = new EnumMap<>(Bucket.class);

	ActionThrottle(ServerKeys keys, @Value("${vigie.mobilisation.throttle-factor:1}") int factor) {
		this.keys = keys;
		this.factor = Math.max(1, factor);
		for (Bucket bucket : Bucket.values()) {
			this.counts.put(bucket, Caffeine.newBuilder().expireAfterWrite(bucket.window).maximumSize(200_000).build());
		}
	}

	/**
	 * Counts one sign-up from this client on this subject; whether the client, its
	 * network and the subject all stay within their limits.
	 */
	public boolean allowSignup(HttpServletRequest request, String subject) {
		String address = String.valueOf(request.getRemoteAddr());
		boolean client = count(Bucket.CLIENT_SIGNUPS, this.keys.keyedHash(PURPOSE, address));
		boolean network = count(Bucket.NETWORK_SIGNUPS, this.keys.keyedHash(PURPOSE, network(address)));
		boolean onSubject = count(Bucket.SUBJECT_SIGNUPS, subject);
		return client && network && onSubject;
	}

	/** Counts one other form from this client; whether it stays within the limit. */
	public boolean allowForm(HttpServletRequest request) {
		return count(Bucket.CLIENT_FORMS, this.keys.keyedHash(PURPOSE, String.valueOf(request.getRemoteAddr())));
	}

	/** Whether sign-ups on a subject come in a burst (over half their limit now). */
	public boolean burst(String subject) {
		AtomicInteger count = this.counts.get(Bucket.SUBJECT_SIGNUPS).getIfPresent(subject);
		return count != null && count.get() > Bucket.SUBJECT_SIGNUPS.limit * this.factor / 2;
	}

	/** The network an address belongs to: its /24 (IPv4) or /48 (IPv6). */
	static String network(String address) {
		if (address.indexOf(':') >= 0) {
			String[] groups = address.split(":", -1);
			return (groups.length >= 3) ? groups[0] + ":" + groups[1] + ":" + groups[2] + "::/48" : address;
		}
		int last = address.lastIndexOf('.');
		return (last > 0) ? address.substring(0, last) + ".0/24" : address;
	}

	private boolean count(Bucket bucket, String key) {
		return this.counts.get(bucket).get(key, (any) -> new AtomicInteger()).incrementAndGet() <= bucket.limit
				* this.factor;
	}

}
