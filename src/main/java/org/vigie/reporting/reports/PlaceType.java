package org.vigie.reporting.reports;

/**
 * The kind of place where it happened; a clear field for the annual figures.
 */
public enum PlaceType {

	HOTEL, RENTAL, BAR_NIGHTLIFE, MASSAGE_PARLOUR, STREET_BEACH, PRIVATE_HOME, TRANSPORT, CHILDREN_INSTITUTION, ONLINE,
	OTHER, UNKNOWN

}
