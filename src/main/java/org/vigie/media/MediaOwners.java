package org.vigie.media;

import org.vigie.media.store.MediaRepository;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may write an item's text alternatives: holders of
 * {@link MediaPermissions#DESCRIBE_ANY}, and whoever uploaded it (an author, for their
 * own images). Used by the {@link MediaLibrary}'s method security.
 */
@Component("mediaOwners")
public class MediaOwners {

	private final MediaRepository media;

	MediaOwners(MediaRepository media) {
		this.media = media;
	}

	/**
	 * Whether this person may describe the item; {@code true} for an unknown item, which
	 * the library then reports as missing.
	 */
	public boolean mayDescribe(long id, Authentication person) {
		if (person == null || !person.isAuthenticated()) {
			return false;
		}
		if (holds(person, MediaPermissions.DESCRIBE_ANY)) {
			return true;
		}
		return holds(person, MediaPermissions.UPLOAD)
				&& this.media.findById(id).map((item) -> item.getUploadedBy().equals(person.getName())).orElse(true);
	}

	private static boolean holds(Authentication person, org.vigie.identity.Permission permission) {
		return person.getAuthorities()
			.stream()
			.anyMatch((authority) -> permission.authority().equals(authority.getAuthority()));
	}

}
