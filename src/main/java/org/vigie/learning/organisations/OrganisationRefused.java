package org.vigie.learning.organisations;

/**
 * A form about an organisation that cannot be accepted as sent; the message is the code
 * of the explanation shown to the person ({@code learning.organisations.problem.*}).
 * Nothing was changed.
 */
class OrganisationRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	OrganisationRefused(String problem) {
		super("learning.organisations.problem." + problem, null, false, false);
	}

	String code() {
		return getMessage();
	}

}
