package org.vigie.advocacy.impact;

import java.time.LocalDate;

/**
 * What the ledger holds for one source, group and year.
 *
 * @param source where it comes from
 * @param group the campaign's key for pledges, the project's code for workshops, or
 * {@code -}
 * @param year the year the events happened in (Brussels time)
 * @param events how many events (workshops, pledges, reports, learners)
 * @param first the first figure summed (young people for workshops)
 * @param second the second figure summed (teachers for workshops)
 * @param firstDay the first day counted
 * @param lastDay the last day counted
 */
record Tally(Source source, String group, int year, long events, long first, long second, LocalDate firstDay,
		LocalDate lastDay) {
}
