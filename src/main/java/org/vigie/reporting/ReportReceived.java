package org.vigie.reporting;

import java.time.Instant;
import java.util.UUID;

/**
 * A report arrived on the line. It carries nothing a reporter wrote: an opaque id, the
 * category the reporter chose and the time.
 *
 * @param report the report's opaque id
 * @param category the category's code, such as {@code TRAVEL_SEXUAL_EXPLOITATION}
 * @param at when it was received
 */
public record ReportReceived(UUID report, String category, Instant at) {

}
