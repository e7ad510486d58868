package org.vigie.reporting.directory;

import java.time.LocalDate;

/**
 * A number to call in an emergency in one country.
 *
 * @param number the number as dialled inside the country, digits and spaces only
 * @param kind what answers it
 * @param source where the fact can be checked (https)
 * @param reviewed when staff last checked it against its source
 */
record EmergencyNumber(String number, Kind kind, String source, LocalDate reviewed) {

	/** What answers an emergency number; each has a label in the bundle. */
	enum Kind {

		/** The general emergency number (police, ambulance, fire). */
		GENERAL,
		/** The police, when its number differs from the general one. */
		POLICE,
		/** A police service for visitors, often answering in several languages. */
		TOURIST_POLICE

	}

}
