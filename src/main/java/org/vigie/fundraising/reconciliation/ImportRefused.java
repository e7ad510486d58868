package org.vigie.fundraising.reconciliation;

import java.util.Arrays;

/**
 * A statement file that reads well but cannot be imported (already imported, an account
 * with a wrong IBAN, an amount in fractions of a cent), with a message code of the
 * {@code fundraising-reconciliation} bundle and its arguments. Nothing was recorded.
 */
public class ImportRefused extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	ImportRefused(String reason, Object... arguments) {
		super("fundraising.reconciliation.problem." + reason + Arrays.toString(arguments));
		this.code = "fundraising.reconciliation.problem." + reason;
		this.arguments = arguments.clone();
	}

	/** The message code. */
	public String code() {
		return this.code;
	}

	/** The message's arguments. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
