package org.vigie.reporting.reports;

/**
 * What happened, as the reporter chose it; a clear field for the annual figures.
 */
public enum Category {

	SEXUAL_EXPLOITATION, TRAFFICKING, ONLINE, SUSPICIOUS_BEHAVIOUR, OTHER

}
