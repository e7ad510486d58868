package org.vigie.learning.organisations;

import java.util.Arrays;
import java.util.Optional;

/** What sort of place trains its staff with the cards. */
enum OrganisationKind {

	TRAVEL_AGENCY, HOTEL, SCHOOL, OTHER;

	/** The kind named exactly so in a form, if it is one. */
	static Optional<OrganisationKind> named(String name) {
		return Arrays.stream(values()).filter((kind) -> kind.name().equals(name)).findFirst();
	}

}
