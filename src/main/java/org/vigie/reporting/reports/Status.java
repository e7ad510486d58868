package org.vigie.reporting.reports;

/**
 * Where a report stands; the reporter sees each change with its date.
 */
public enum Status {

	RECEIVED, ASSESSING, FORWARDED, MORE_INFORMATION, CLOSED

}
