package org.vigie.fundraising.certificates;

import java.util.Arrays;

/**
 * A certificate, an institution or a Belcotax file that cannot be produced, with the
 * reason as a message code of the {@code fundraising-certificates} bundles
 * ({@code fundraising.certificates.problem.*}) and its arguments: a certificate number, a
 * field's name, a length or a year, never a donor's national register number or address.
 */
public class CertificateRefused extends IllegalArgumentException {

	private final String code;

	private final transient Object[] arguments;

	CertificateRefused(String problem, Object... arguments) {
		super("fundraising.certificates.problem." + problem + Arrays.toString(arguments));
		this.code = "fundraising.certificates.problem." + problem;
		this.arguments = arguments.clone();
	}

	/**
	 * The message code of the reason, e.g.
	 * {@code fundraising.certificates.problem.amount}.
	 */
	public String code() {
		return this.code;
	}

	/** The message's arguments, in the order of its placeholders. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
