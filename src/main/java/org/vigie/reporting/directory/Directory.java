package org.vigie.reporting.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole directory as read from its data file.
 *
 * @param version the file's version, raised at every change
 * @param published the day that version was published
 * @param entries the entries by upper-case country code
 */
record Directory(String version, LocalDate published, Map<String, CountryEntry> entries) {

	/** How long a checked fact stays trustworthy before staff must check it again. */
	static final int MONTHS_TRUSTED = 12;

	Directory {
		entries = Map.copyOf(entries);
	}

	Optional<CountryEntry> entry(String code) {
		return Optional.ofNullable(this.entries.get(code));
	}

	/**
	 * The facts last checked more than {@value #MONTHS_TRUSTED} months before
	 * {@code today}, each described as {@code "TH emergency 191 (reviewed 2025-01-02)"}.
	 */
	List<String> staleFacts(LocalDate today) {
		LocalDate limit = today.minusMonths(MONTHS_TRUSTED);
		List<String> stale = new ArrayList<>();
		this.entries.values().stream().sorted(Comparator.comparing(CountryEntry::code)).forEach((entry) -> {
			for (EmergencyNumber number : entry.emergency()) {
				if (number.reviewed().isBefore(limit)) {
					stale.add(entry.code() + " emergency " + number.number() + " (reviewed " + number.reviewed() + ")");
				}
			}
			for (Mechanism mechanism : entry.mechanisms()) {
				if (mechanism.reviewed().isBefore(limit)) {
					stale.add(entry.code() + " " + mechanism.name() + " (reviewed " + mechanism.reviewed() + ")");
				}
			}
		});
		return stale;
	}

}
