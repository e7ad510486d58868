package org.vigie.learning.study;

import java.time.Instant;
import java.util.UUID;

import org.vigie.identity.ServerKeys;

import org.springframework.stereotype.Component;

/**
 * The token a question's form carries: a keyed hash of the learner, the card and how many
 * times they answered it. It changes with every answer, so an answer sent twice (a
 * replayed form, a double click, another tab) is refused instead of counted twice; and
 * another site cannot forge it, so it also protects the form from cross-site requests.
 */
@Component
class ReviewTokens {

	private static final String PURPOSE = "learning-review";

	private final ServerKeys keys;

	ReviewTokens(ServerKeys keys) {
		this.keys = keys;
	}

	String of(UUID learner, UUID card, int reps, Instant lastReview) {
		return this.keys.keyedHash(PURPOSE, ((learner != null) ? learner.toString() : "new") + "|" + card + "|" + reps
				+ "|" + ((lastReview != null) ? lastReview.toEpochMilli() : "-"));
	}

	boolean matches(String token, UUID learner, UUID card, int reps, Instant lastReview) {
		return token != null
				&& java.security.MessageDigest.isEqual(token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
						of(learner, card, reps, lastReview).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
