package org.vigie.fundraising.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;

/**
 * The token each public fundraising form carries: when the form was shown, and a keyed
 * hash of that time and of what the form acts on. Another site cannot forge it; it is
 * refused after {@link #VALIDITY}, and when it comes back sooner than a person can fill a
 * form in ({@link #TOO_FAST}), which stops scripts that post gifts in bursts. No session
 * is needed, so any node can check it.
 */
@Component
public class SupportFormTokens {

	/** How long a form may stay open. */
	public static final Duration VALIDITY = Duration.ofHours(3);

	/** Faster than any person fills a gift form in. */
	public static final Duration TOO_FAST = Duration.ofSeconds(2);

	private static final String PURPOSE = "fundraising-form";

	private final ServerKeys keys;

	SupportFormTokens(ServerKeys keys) {
		this.keys = keys;
	}

	/** The token of a form about {@code scope}, shown at {@code now}. */
	public String issue(String scope, Instant now) {
		long at = now.getEpochSecond();
		return at + "." + this.keys.keyedHash(PURPOSE, at + "|" + scope);
	}

	/** What is wrong with a token sent back, or {@code null} when it is good. */
	public Problem check(String token, String scope, Instant now, boolean humanPace) {
		if (token == null || token.length() > 200 || token.indexOf('.') < 1) {
			return Problem.FORGED;
		}
		long at;
		try {
			at = Long.parseLong(token.substring(0, token.indexOf('.')));
		}
		catch (NumberFormatException ex) {
			return Problem.FORGED;
		}
		String expected = at + "." + this.keys.keyedHash(PURPOSE, at + "|" + scope);
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
			return Problem.FORGED;
		}
		Instant issued = Instant.ofEpochSecond(at);
		if (issued.plus(VALIDITY).isBefore(now) || issued.isAfter(now.plusSeconds(60))) {
			return Problem.EXPIRED;
		}
		if (humanPace && issued.plus(TOO_FAST).isAfter(now)) {
			return Problem.TOO_FAST;
		}
		return null;
	}

	/** Why a token is refused. */
	public enum Problem {

		FORGED, EXPIRED, TOO_FAST

	}

}
