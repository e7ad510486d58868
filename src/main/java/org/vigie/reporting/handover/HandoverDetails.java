package org.vigie.reporting.handover;

import java.time.Instant;

/**
 * What the manifest says about a package besides its files: which report, when, for which
 * unit and by whom. Nothing the reporter wrote.
 *
 * @param report the report's opaque id
 * @param createdAt when the package was made
 * @param unitName the receiving unit's name
 * @param preparedBy the analyst who chose the fields
 * @param approvedBy the second analyst, who approved them
 */
public record HandoverDetails(String report, Instant createdAt, String unitName, String preparedBy, String approvedBy) {

}
