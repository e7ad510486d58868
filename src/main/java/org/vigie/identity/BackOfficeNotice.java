package org.vigie.identity;

import java.util.List;

/**
 * Something the back-office home asks a staff member to do, contributed by a module: a
 * bean implementing {@link Source} returns the notices for whoever is signed in (the
 * reporting line asks administrators to make its recovery key before it opens).
 *
 * @param messageKey the message key of the sentence shown
 * @param linkKey the message key of the link's words
 * @param path where the link leads, under {@code /admin}
 */
public record BackOfficeNotice(String messageKey, String linkKey, String path) {

	public BackOfficeNotice {
		if (!path.startsWith("/admin")) {
			throw new IllegalArgumentException("A notice leads into the back-office: " + path);
		}
	}

	/** Gives the home page the notices a module has for a staff member. */
	@FunctionalInterface
	public interface Source {

		/** The notices for this member now; usually none. */
		List<BackOfficeNotice> notices(StaffIdentity staff);

	}

}
