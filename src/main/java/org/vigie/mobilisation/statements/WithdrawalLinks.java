package org.vigie.mobilisation.statements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;

/**
 * The key in a signature's withdrawal link: the signature's id and a keyed hash of it, so
 * nobody withdraws another organisation's signature by guessing, and any node checks it
 * without a table. It is sent only to the organisation's confirmed contacts.
 */
@Component("mobilisationStatementsWithdrawalLinks")
public class WithdrawalLinks {

	private static final String PURPOSE = "mobilisation-statements-withdraw";

	private final ServerKeys keys;

	WithdrawalLinks(ServerKeys keys) {
		this.keys = keys;
	}

	/** The key of a signature's link. */
	public String key(UUID signatureId) {
		return signatureId + "." + this.keys.keyedHash(PURPOSE, signatureId.toString()).substring(0, 32);
	}

	/** The signature a key names, when it is genuine. */
	public Optional<UUID> signature(String key) {
		if (key == null || key.length() != 69 || key.charAt(36) != '.') {
			return Optional.empty();
		}
		UUID id;
		try {
			id = UUID.fromString(key.substring(0, 36));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		boolean genuine = MessageDigest.isEqual(key(id).getBytes(StandardCharsets.UTF_8),
				key.getBytes(StandardCharsets.UTF_8));
		return genuine ? Optional.of(id) : Optional.empty();
	}

}
