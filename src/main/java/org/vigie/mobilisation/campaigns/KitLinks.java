package org.vigie.mobilisation.campaigns;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;
import org.vigie.mobilisation.web.SignedIds;

/**
 * The key of a supporter's own share-kit page: their pledge's id and a keyed hash of it,
 * so nobody reaches another supporter's page (and how many joined through them) by
 * guessing, and any node checks it without a table.
 */
@Component("mobilisation.campaigns.KitLinks")
public class KitLinks extends SignedIds {

	KitLinks(ServerKeys keys) {
		super(keys, "mobilisation-campaigns-kit");
	}

	/** The pledge a key names, when it is genuine. */
	public Optional<UUID> pledge(String key) {
		return id(key);
	}

}
