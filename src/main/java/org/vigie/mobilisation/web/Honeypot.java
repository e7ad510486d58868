package org.vigie.mobilisation.web;

import java.util.Map;

/**
 * The field people never see and simple bots fill in. Every public mobilisation form has
 * it (the fragment {@code mobilisation/parts :: honeypot}); a form that comes back with
 * it filled is answered as if it had worked, and nothing is recorded or sent.
 */
public final class Honeypot {

	/** The field's name: a plausible one, for the bots' sake. */
	public static final String FIELD = "website_url";

	private Honeypot() {
	}

	/** Whether a bot filled the hidden field. */
	public static boolean tripped(Map<String, String> sent) {
		String value = sent.get(FIELD);
		return value != null && !value.isEmpty();
	}

}
