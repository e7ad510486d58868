package org.vigie.advocacy.tracker;

/**
 * Why an assessment was refused, as a message key (in the {@code advocacy} bundle) with
 * its arguments, so a form or an import can say it in the reader's language.
 */
public class TrackerProblem extends RuntimeException {

	private final String key;

	private final transient Object[] arguments;

	public TrackerProblem(String key, Object... arguments) {
		super(key);
		this.key = key;
		this.arguments = arguments.clone();
	}

	/** The message key, such as {@code advocacy.tracker.problem.source}. */
	public String key() {
		return this.key;
	}

	/** The message's arguments. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
