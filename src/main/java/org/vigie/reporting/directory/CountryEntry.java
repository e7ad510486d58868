package org.vigie.reporting.directory;

import java.util.List;

/**
 * What the directory knows of one country.
 *
 * @param code the upper-case ISO 3166-1 alpha-2 code
 * @param emergency its emergency numbers, general first (at least one)
 * @param mechanisms its national reporting mechanisms, in the order to offer them
 */
record CountryEntry(String code, List<EmergencyNumber> emergency, List<Mechanism> mechanisms) {

	CountryEntry {
		emergency = List.copyOf(emergency);
		mechanisms = List.copyOf(mechanisms);
	}

}
