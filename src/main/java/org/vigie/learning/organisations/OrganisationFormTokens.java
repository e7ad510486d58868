package org.vigie.learning.organisations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

import org.vigie.identity.ServerKeys;

import org.springframework.stereotype.Component;

/**
 * The token each organisation form carries: a keyed hash of the learner who was shown the
 * form and of what the form acts on (an organisation, an invitation). Another site cannot
 * forge it, and a token shown to one learner or for one organisation is worth nothing for
 * another, so it protects the forms from cross-site requests without any session.
 */
@Component
class OrganisationFormTokens {

	private static final String PURPOSE = "learning-organisation-form";

	private final ServerKeys keys;

	OrganisationFormTokens(ServerKeys keys) {
		this.keys = keys;
	}

	/**
	 * The token for a form about {@code scope}, shown to {@code learner} (or a newcomer).
	 */
	String of(UUID learner, String scope) {
		return this.keys.keyedHash(PURPOSE, ((learner != null) ? learner.toString() : "new") + "|" + scope);
	}

	boolean matches(String token, UUID learner, String scope) {
		return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
				of(learner, scope).getBytes(StandardCharsets.UTF_8));
	}

}
