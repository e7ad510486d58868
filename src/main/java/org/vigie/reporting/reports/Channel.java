package org.vigie.reporting.reports;

/**
 * How the report reached the line.
 */
public enum Channel {

	WEB, ONION

}
