package org.vigie.mobilisation.campaigns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;

/**
 * The key of a supporter's own share-kit page: their pledge's id and a keyed hash of it,
 * so nobody reaches another supporter's page (and how many joined through them) by
 * guessing, and any node checks it without a table.
 */
@Component("mobilisation.campaigns.KitLinks")
public class KitLinks {

	private static final String PURPOSE = "mobilisation-campaigns-kit";

	private final ServerKeys keys;

	KitLinks(ServerKeys keys) {
		this.keys = keys;
	}

	/** The key of a pledge's share-kit page. */
	public String key(UUID pledgeId) {
		return pledgeId + "." + this.keys.keyedHash(PURPOSE, pledgeId.toString()).substring(0, 32);
	}

	/** The pledge a key names, when it is genuine. */
	public Optional<UUID> pledge(String key) {
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
		return MessageDigest.isEqual(key(id).getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))
				? Optional.of(id) : Optional.empty();
	}

}
