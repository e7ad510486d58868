package org.vigie.mobilisation.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.vigie.identity.ServerKeys;

/**
 * A record's id made into the key of a personal link: the id and a keyed hash of it under
 * a purpose of its own, so nobody reaches another person's page by guessing, a key for
 * one purpose opens nothing of another, and any node checks it without a table. Each kind
 * of link (a person's own data, a share kit, a withdrawal) makes its own.
 */
public class SignedIds {

	private final ServerKeys keys;

	private final String purpose;

	protected SignedIds(ServerKeys keys, String purpose) {
		this.keys = keys;
		this.purpose = purpose;
	}

	/** The key for that id. */
	public String key(UUID id) {
		return id + "." + this.keys.keyedHash(this.purpose, id.toString()).substring(0, 32);
	}

	/** The id a key names, when it is genuine. */
	protected Optional<UUID> id(String key) {
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
