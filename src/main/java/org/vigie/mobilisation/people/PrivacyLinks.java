package org.vigie.mobilisation.people;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.mobilisation.web.SignedIds;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The link in every email of the module that lets a person download or erase everything
 * it holds about them: the person's id and a keyed hash of it ({@link SignedIds}), so
 * nobody can open another person's page by guessing, and any node can check it without a
 * table. Once the person is erased, the link leads to nothing.
 */
@Component
public class PrivacyLinks extends SignedIds {

	private final SiteProperties site;

	PrivacyLinks(ServerKeys keys, SiteProperties site) {
		super(keys, "mobilisation-privacy-link");
		this.site = site;
	}

	/** The absolute address of a person's own data page. */
	public String link(Language language, UUID personId) {
		return this.site.absolute(ActPaths.myData(language, key(personId)));
	}

	/** The person a key sent back names, when it is genuine. */
	public Optional<UUID> person(String key) {
		return id(key);
	}

}
