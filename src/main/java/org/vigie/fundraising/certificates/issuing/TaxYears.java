package org.vigie.fundraising.certificates.issuing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which tax years certificates can be issued for: a calendar year that is over in
 * Brussels (the run for 2025 opens on 1 January 2026, Belgian time), and not before 2000.
 */
final class TaxYears {

	/** Belgian time, whatever the server's zone. */
	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static final int FIRST = 2000;

	private TaxYears() {
	}

	/** Today in Brussels. */
	static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), BRUSSELS);
	}

	/** The last year that is over: the one a January run is for. */
	static int lastOver(Clock clock) {
		return today(clock).getYear() - 1;
	}

	/** Whether the year is over in Brussels. */
	static boolean isOver(int year, Clock clock) {
		return year >= FIRST && year <= lastOver(clock);
	}

	/**
	 * Whether a page about that year can exist at all (any year from 2000 to next year).
	 */
	static boolean plausible(int year, Clock clock) {
		return year >= FIRST && year <= today(clock).getYear() + 1;
	}

	/** The first day of the year. */
	static LocalDate first(int year) {
		return LocalDate.of(year, 1, 1);
	}

	/** The last day of the year. */
	static LocalDate last(int year) {
		return LocalDate.of(year, 12, 31);
	}

}
