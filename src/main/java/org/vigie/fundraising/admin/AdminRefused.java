package org.vigie.fundraising.admin;

import java.util.List;

/**
 * A fundraiser's request that cannot be done as it is (an amount beyond what a gift has
 * left, a day that is no day, a form sent twice…). The code is a message key of this
 * bundle ({@code fundraising.admin.problem.*}) with its arguments; nothing was changed.
 */
class AdminRefused extends RuntimeException {

	private final String code;

	private final List<Object> arguments;

	AdminRefused(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = List.of(arguments);
	}

	String code() {
		return this.code;
	}

	Object[] arguments() {
		return this.arguments.toArray();
	}

}
