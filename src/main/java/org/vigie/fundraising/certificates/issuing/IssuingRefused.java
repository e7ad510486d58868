package org.vigie.fundraising.certificates.issuing;

import java.util.Arrays;

/**
 * A run, a correction or a Belcotax file that cannot be made now, with the reason as a
 * message code of the {@code fundraising-issuing} bundles and its arguments (years,
 * references), never a donor's data.
 */
class IssuingRefused extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	IssuingRefused(String code, Object... arguments) {
		super(code + Arrays.toString(arguments));
		this.code = code;
		this.arguments = arguments.clone();
	}

	String code() {
		return this.code;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
