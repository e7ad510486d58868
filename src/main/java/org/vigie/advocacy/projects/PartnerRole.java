package org.vigie.advocacy.projects;

/** What an organisation does in a project, with IATI's OrganisationRole code. */
public enum PartnerRole {

	/** Leads or coordinates the project. */
	LEAD("2"),

	/** Carries out part of it. */
	PARTNER("4"),

	/** Pays for it. */
	FUNDER("1");

	private final String iatiCode;

	PartnerRole(String iatiCode) {
		this.iatiCode = iatiCode;
	}

	/** The code of IATI's OrganisationRole list. */
	public String iatiCode() {
		return this.iatiCode;
	}

}
