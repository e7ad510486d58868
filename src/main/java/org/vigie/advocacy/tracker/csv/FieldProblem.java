package org.vigie.advocacy.tracker.csv;

/**
 * A field of an assessment that cannot be read (a date that is not one, an unknown
 * status, a text too long), named by its CSV column, with a message key and its
 * arguments.
 */
public class FieldProblem extends RuntimeException {

	private final String column;

	private final String key;

	private final transient Object[] arguments;

	public FieldProblem(String column, String key, Object... arguments) {
		super(key);
		this.column = column;
		this.key = key;
		this.arguments = arguments.clone();
	}

	/** The CSV column (also the form field's name), or null for the whole row. */
	public String column() {
		return this.column;
	}

	/** The message key. */
	public String key() {
		return this.key;
	}

	/** The message's arguments. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
