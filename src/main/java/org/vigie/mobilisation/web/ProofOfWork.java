package org.vigie.mobilisation.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;

/**
 * A small sum of work a public form asks for only while sign-ups on its subject come in a
 * burst: the browser looks for a number such that SHA-256 of {@code challenge ":" number}
 * starts with the given count of zero bits: about 65,000 tries on average at the default
 * 16 bits (1.2 s in headless Chromium on a shared 2-core machine, where 18 bits took 5
 * s), and a script sending thousands of forms thousands of times as much. No third party,
 * no captcha, nothing kept about the person.
 * <p>
 * A challenge names when it was issued and is signed with the server's keyed hash for its
 * scope and difficulty, so it cannot be made easier, moved to another form or kept for
 * later; it is valid for ten minutes and accepted once. The set of spent challenges is in
 * this node's memory only: with several nodes, a solved challenge could be replayed once
 * on each other node within its ten minutes, which costs a script as much as it saves.
 */
@Component
public class ProofOfWork {

	/** How long a challenge stays valid. */
	public static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final String PURPOSE = "mobilisation-proof-of-work";

	private static final int MAX_SOLUTION_LENGTH = 20;

	private final ServerKeys keys;

	private final int bits;

	private final SecureRandom random = new SecureRandom();

	private final Cache<String, Boolean> spent = Caffeine.newBuilder()
		.expireAfterWrite(VALIDITY.plusMinutes(1))
		.maximumSize(500_000)
		.build();

	ProofOfWork(ServerKeys keys, @Value("${vigie.mobilisation.proof-of-work-bits:16}") int bits) {
		this.keys = keys;
		this.bits = Math.max(1, Math.min(30, bits));
	}

	/**
	 * A challenge at the configured difficulty.
	 * @param scope what the form acts on (the same as its token's scope)
	 * @param now the current instant
	 */
	public Challenge issue(String scope, Instant now) {
		return issue(scope, now, this.bits);
	}

	/** A challenge at a given difficulty (tests ask for easy ones). */
	public Challenge issue(String scope, Instant now, int difficulty) {
		byte[] bytes = new byte[12];
		this.random.nextBytes(bytes);
		String nonce = now.getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new Challenge(nonce, difficulty, sign(scope, nonce, difficulty));
	}

	/**
	 * Whether a solution answers a challenge issued here for this scope, less than ten
	 * minutes ago, never accepted before. A challenge is spent once accepted.
	 * @param nonce the challenge as sent back
	 * @param difficulty its difficulty as sent back
	 * @param signature its signature as sent back
	 * @param solution the number the browser found
	 * @param scope what the form acts on
	 * @param now the current instant
	 */
	public boolean verify(String nonce, String difficulty, String signature, String solution, String scope,
			Instant now) {
		if (nonce == null || difficulty == null || signature == null || solution == null || nonce.length() > 64
				|| !difficulty.matches("[0-9]{1,2}") || solution.isEmpty() || solution.length() > MAX_SOLUTION_LENGTH) {
			return false;
		}
		int bits = Integer.parseInt(difficulty);
		if (!MessageDigest.isEqual(sign(scope, nonce, bits).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		Instant issued = issuedAt(nonce);
		if (issued == null || issued.isAfter(now.plusSeconds(60)) || !issued.plus(VALIDITY).isAfter(now)) {
			return false;
		}
		if (leadingZeroBits(sha256(nonce + ":" + solution)) < bits) {
			return false;
		}
		return this.spent.asMap().putIfAbsent(signature, Boolean.TRUE) == null;
	}

	/** The count of zero bits a digest starts with. */
	static int leadingZeroBits(byte[] digest) {
		int zeros = 0;
		for (byte b : digest) {
			if (b == 0) {
				zeros += 8;
				continue;
			}
			return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
		}
		return zeros;
	}

	/** SHA-256 of a text in UTF-8. */
	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private String sign(String scope, String nonce, int difficulty) {
		return this.keys.keyedHash(PURPOSE, scope + "|" + nonce + "|" + difficulty);
	}

	private static Instant issuedAt(String nonce) {
		int dot = nonce.indexOf('.');
		if (dot <= 0 || dot > 12) {
			return null;
		}
		try {
			return Instant.ofEpochSecond(Long.parseLong(nonce.substring(0, dot)));
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			return null;
		}
	}

	/**
	 * A challenge as a form carries it.
	 *
	 * @param nonce when it was issued and a random part
	 * @param bits how many leading zero bits the digest must have
	 * @param signature the server's keyed hash of scope, nonce and difficulty
	 */
	public record Challenge(String nonce, int bits, String signature) {

	}

}
