package org.vigie.mobilisation.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The link in every email of the module that lets a person download or erase everything
 * it holds about them: the person's id and a keyed hash of it, so nobody can open another
 * person's page by guessing, and any node can check it without a table. Once the person
 * is erased, the link leads to nothing.
 */
@Component
public class PrivacyLinks {

	private static final String PURPOSE = "mobilisation-privacy-link";

	private final ServerKeys keys;

	private final SiteProperties site;

	PrivacyLinks(ServerKeys keys, SiteProperties site) {
		this.keys = keys;
		this.site = site;
	}

	/** The absolute address of a person's own data page. */
	public String link(Language language, UUID personId) {
		return this.site.absolute(ActPaths.myData(language, key(personId)));
	}

	/** The key in a person's link. */
	public String key(UUID personId) {
		return personId + "." + this.keys.keyedHash(PURPOSE, personId.toString()).substring(0, 32);
	}

	/** The person a key sent back names, when it is genuine. */
	public Optional<UUID> person(String key) {
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
