package org.vigie.advocacy.organisations;

/**
 * What kind of organisation it is, with the IATI organisation type code it is exported
 * with.
 */
public enum OrganisationKind {

	/** A non-governmental organisation. */
	NGO("22"),

	/** A coalition of organisations in one country. */
	COALITION("22"),

	/** An international network of organisations. */
	NETWORK("21"),

	/** A platform convened by an institution or by civil society. */
	PLATFORM("90"),

	/** A ministry, an agency, a parliament. */
	PUBLIC_BODY("10"),

	/** A university or research centre. */
	UNIVERSITY("80"),

	/** A foundation. */
	FOUNDATION("60"),

	/** An intergovernmental organisation. */
	INTERGOVERNMENTAL("40"),

	/** Anything else. */
	OTHER("90");

	private final String iatiType;

	OrganisationKind(String iatiType) {
		this.iatiType = iatiType;
	}

	/** The code of IATI's OrganisationType list. */
	public String iatiType() {
		return this.iatiType;
	}

}
