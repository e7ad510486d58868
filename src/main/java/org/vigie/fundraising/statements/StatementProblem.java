package org.vigie.fundraising.statements;

import java.util.Arrays;

/**
 * Why a file cannot be read as a bank statement: a message code of the
 * {@code fundraising-statements} bundle and its arguments, so that the person importing
 * it is told in their language. Nothing of the file is kept when this is thrown.
 */
public class StatementProblem extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	StatementProblem(String reason, Object... arguments) {
		this(reason, null, arguments);
	}

	StatementProblem(String reason, Throwable cause, Object... arguments) {
		super("fundraising.statement.problem." + reason + Arrays.toString(arguments), cause);
		this.code = "fundraising.statement.problem." + reason;
		this.arguments = arguments.clone();
	}

	/**
	 * A value taken from the file for a message, cut to 40 characters: the person
	 * importing it sees what is wrong without a hostile file filling the page.
	 */
	static String excerpt(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "…";
	}

	/** The message code, e.g. {@code fundraising.statement.problem.balance}. */
	public String code() {
		return this.code;
	}

	/** The message's arguments, in the order of its placeholders. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
