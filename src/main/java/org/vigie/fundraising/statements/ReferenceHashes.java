package org.vigie.fundraising.statements;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The reference of a movement the bank gave none for: {@code H:} and the first 128 bits
 * of a SHA-256 hash of the account and the movement's fields, the same on every import of
 * the same statement. Counts identical hashes within one statement so that two identical
 * movements on the same day keep two distinct references ({@code #2}, {@code #3}…).
 */
final class ReferenceHashes {

	private final String accountIban;

	private final Map<String, Integer> seen = new HashMap<>();

	ReferenceHashes(String accountIban) {
		this.accountIban = accountIban;
	}

	/** The reference of the next movement with these fields. */
	String next(Object... fields) {
		StringBuilder joined = new StringBuilder(this.accountIban);
		for (Object field : fields) {
			joined.append('\u001f').append((field instanceof BigDecimal d) ? d.toPlainString() : field);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(joined.toString().getBytes(StandardCharsets.UTF_8));
			String hash = "H:" + HexFormat.of().formatHex(digest, 0, 16);
			int count = this.seen.merge(hash, 1, Integer::sum);
			return (count == 1) ? hash : hash + "#" + count;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
