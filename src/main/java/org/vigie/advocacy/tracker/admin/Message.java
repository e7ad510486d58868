package org.vigie.advocacy.tracker.admin;

/**
 * A message to show on a form, as a key and its arguments, said in the staff member's
 * language by the template.
 *
 * @param key the message key
 * @param arguments its arguments
 */
record Message(String key, Object... arguments) {

	Message {
		arguments = arguments.clone();
	}

	/** The field a whole-form message is filed under. */
	static final String FORM = "_form";

}
