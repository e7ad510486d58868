package org.vigie.content.editing;

import java.util.Map;

/**
 * An edit that was refused, with a message key for each field at fault. Nothing was
 * changed.
 */
public class EditProblems extends RuntimeException {

	private final Map<String, String> problems;

	public EditProblems(Map<String, String> problems) {
		super("Refused edit: " + problems);
		this.problems = Map.copyOf(problems);
	}

	public static EditProblems of(String field, String messageKey) {
		return new EditProblems(Map.of(field, messageKey));
	}

	/** Field name to message key. */
	public Map<String, String> problems() {
		return this.problems;
	}

}
