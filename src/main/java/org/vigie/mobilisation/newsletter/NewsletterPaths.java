package org.vigie.mobilisation.newsletter;

import org.vigie.mobilisation.web.ActPaths;
import org.vigie.site.Language;

/**
 * The newsletter's public addresses, under {@link ActPaths#newsletter(Language)}: the
 * sign-up page (where both forms post), its thank-you pages and the unsubscribe links.
 */
public final class NewsletterPaths {

	private NewsletterPaths() {
	}

	/** The sign-up page, where the footer's form and the page's own post. */
	public static String signup(Language language) {
		return ActPaths.newsletter(language);
	}

	/**
	 * Where a sign-up lands: "check your mailbox", whether the address was known or not.
	 */
	public static String sent(Language language) {
		return ActPaths.newsletter(language) + "/" + switch (language) {
			case FR -> "envoye";
			case NL -> "verzonden";
			case EN -> "sent";
		};
	}

	/** Where a confirmation lands. */
	public static String confirmed(Language language) {
		return ActPaths.newsletter(language) + "/" + switch (language) {
			case FR -> "bienvenue";
			case NL -> "welkom";
			case EN -> "welcome";
		};
	}

}
