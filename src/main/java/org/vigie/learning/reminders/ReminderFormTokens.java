package org.vigie.learning.reminders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.vigie.identity.ServerKeys;

import org.springframework.stereotype.Component;

/**
 * The token the reminders' forms carry, since the cards keep no session: its issue time,
 * a random nonce and a keyed hash of both. Another site cannot make one, and an old one
 * stops working after {@link #MAXIMUM_AGE}.
 */
@Component
class ReminderFormTokens {

	static final Duration MAXIMUM_AGE = Duration.ofHours(2);

	private static final String PURPOSE = "learning-reminders-form";

	private final SecureRandom random = new SecureRandom();

	private final ServerKeys keys;

	ReminderFormTokens(ServerKeys keys) {
		this.keys = keys;
	}

	/** A token for a form shown now. */
	String issue(Instant now) {
		byte[] nonce = new byte[12];
		this.random.nextBytes(nonce);
		String signed = now.getEpochSecond() + "." + HexFormat.of().formatHex(nonce);
		return signed + "." + this.keys.keyedHash(PURPOSE, signed);
	}

	/** Whether a token sent back is genuine and recent. */
	boolean valid(String token, Instant now) {
		if (token == null || token.length() > 120) {
			return false;
		}
		int last = token.lastIndexOf('.');
		int first = token.indexOf('.');
		if (first <= 0 || last <= first) {
			return false;
		}
		String signed = token.substring(0, last);
		if (!MessageDigest.isEqual(this.keys.keyedHash(PURPOSE, signed).getBytes(StandardCharsets.US_ASCII),
				token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		try {
			Duration age = Duration.between(Instant.ofEpochSecond(Long.parseLong(token.substring(0, first))), now);
			return !age.isNegative() && age.compareTo(MAXIMUM_AGE) <= 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
