package org.vigie.advocacy.organisations;

import java.util.UUID;

/**
 * An organisation advocacy names.
 *
 * @param id its id
 * @param slug its word in public addresses
 * @param name its name
 * @param acronym its short name, or null
 * @param kind what kind it is
 * @param country its ISO 3166-1 country (upper case), or null for international ones
 * @param website its address, or null
 * @param iatiRef its IATI organisation identifier, or null
 * @param own whether it is the NGO itself
 * @param demo whether it is demo content
 */
public record Organisation(UUID id, String slug, String name, String acronym, OrganisationKind kind, String country,
		String website, String iatiRef, boolean own, boolean demo) {

	/** Its name with its acronym, as lists show it. */
	public String label() {
		return (this.acronym == null || this.acronym.equals(this.name)) ? this.name
				: this.name + " (" + this.acronym + ")";
	}

}
