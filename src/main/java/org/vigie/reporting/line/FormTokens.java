package org.vigie.reporting.line;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.vigie.identity.ServerKeys;

import org.springframework.stereotype.Component;

/**
 * The line's forms are protected without a session: each form carries a token made of its
 * issue time, a random nonce and a keyed hash of both (the server's key), checked on
 * POST. A token is refused when forged, older than {@link #MAXIMUM_AGE} (start again) or
 * younger than {@link #MINIMUM_AGE} (no person fills a form that fast: a script floods).
 */
@Component
class FormTokens {

	static final Duration MINIMUM_AGE = Duration.ofSeconds(3);

	static final Duration MAXIMUM_AGE = Duration.ofHours(2);

	private static final String PURPOSE = "reporting-line-form";

	private final SecureRandom random = new SecureRandom();

	private final ServerKeys keys;

	private final Clock clock;

	FormTokens(ServerKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/** What a token is worth. */
	enum Check {

		VALID, TOO_SOON, EXPIRED, INVALID

	}

	/** A fresh token for a form shown now. */
	String issue() {
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		String signed = this.clock.instant().getEpochSecond() + "." + HexFormat.of().formatHex(nonce);
		return signed + "." + this.keys.keyedHash(PURPOSE, signed);
	}

	/** Checks a token a form sent back. */
	Check check(String token) {
		if (token == null || token.length() > 200) {
			return Check.INVALID;
		}
		int last = token.lastIndexOf('.');
		if (last < 0) {
			return Check.INVALID;
		}
		String signed = token.substring(0, last);
		byte[] expected = this.keys.keyedHash(PURPOSE, signed).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Check.INVALID;
		}
		Instant issued;
		try {
			issued = Instant.ofEpochSecond(Long.parseLong(signed.substring(0, signed.indexOf('.'))));
		}
		catch (RuntimeException ex) {
			return Check.INVALID;
		}
		Duration age = Duration.between(issued, this.clock.instant());
		if (age.compareTo(MINIMUM_AGE) < 0) {
			return Check.TOO_SOON;
		}
		return (age.compareTo(MAXIMUM_AGE) > 0) ? Check.EXPIRED : Check.VALID;
	}

}
