package org.vigie.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * The token a public form without a session carries: when the form was shown, and a keyed
 * hash of that time and of what the form acts on. Another site cannot forge it; it is
 * refused after {@link #VALIDITY}, and when it comes back sooner than a person can fill a
 * form in ({@link #TOO_FAST}), which stops scripts that post in bursts. No session is
 * needed, so any node can check it. Each module makes its own, with its own purpose, so a
 * token of one module's form is refused by another's.
 */
public class FormTokens {

	/** How long a form may stay open. */
	public static final Duration VALIDITY = Duration.ofHours(3);

	/** Faster than any person fills a form in. */
	public static final Duration TOO_FAST = Duration.ofSeconds(2);

	private final ServerKeys keys;

	private final String purpose;

	protected FormTokens(ServerKeys keys, String purpose) {
		this.keys = keys;
		this.purpose = purpose;
	}

	/** The token of a form about {@code scope}, shown at {@code now}. */
	public String issue(String scope, Instant now) {
		long at = now.getEpochSecond();
		return at + "." + this.keys.keyedHash(this.purpose, at + "|" + scope);
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
		String expected = at + "." + this.keys.keyedHash(this.purpose, at + "|" + scope);
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
