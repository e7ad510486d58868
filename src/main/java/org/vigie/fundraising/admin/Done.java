package org.vigie.fundraising.admin;

import java.util.Set;

/**
 * The confirmation a page shows after a change and its redirect, read from a known word
 * only, so that no address can make a page say something else.
 */
final class Done {

	private static final Set<String> WORDS = Set.of("saved", "updatePosted", "refunded", "refundAsked", "recorded",
			"erased", "stopped", "paidBack", "already", "providerRefused");

	private Done() {
	}

	/** The message key of the confirmation, or {@code null}. */
	static String of(String word) {
		return (word != null && WORDS.contains(word)) ? "fundraising.admin.done." + word : null;
	}

}
