package org.vigie.mobilisation.newsletter;

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
 * The unsubscribe link of every newsletter email
 * ({@code /fr/lettre/desinscription/<key>}): the subscription's id and a keyed hash of
 * it, so nobody unsubscribes someone else by guessing, mail providers can post to it (RFC
 * 8058) without any cookie or session, and any node checks it without a table.
 */
@Component
public class UnsubscribeLinks {

	private static final String PURPOSE = "mobilisation-newsletter-unsubscribe";

	private static final java.util.Map<Language, String> WORD = java.util.Map.of(Language.FR, "desinscription",
			Language.NL, "uitschrijven", Language.EN, "unsubscribe");

	private final ServerKeys keys;

	private final SiteProperties site;

	UnsubscribeLinks(ServerKeys keys, SiteProperties site) {
		this.keys = keys;
		this.site = site;
	}

	/** The path of the unsubscribe page in a language, without its key. */
	public static String base(Language language) {
		return ActPaths.newsletter(language) + "/" + WORD.get(language);
	}

	/** The absolute unsubscribe address of a subscription. */
	public String link(Language language, UUID subscriptionId) {
		return this.site.absolute(base(language) + "/" + key(subscriptionId));
	}

	/** The key in a subscription's link. */
	public String key(UUID subscriptionId) {
		return subscriptionId + "." + this.keys.keyedHash(PURPOSE, subscriptionId.toString()).substring(0, 32);
	}

	/** The subscription a key names, when it is genuine. */
	public Optional<UUID> subscription(String key) {
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
