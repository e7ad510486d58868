package org.vigie.reporting.reports;

/**
 * How a closed report ended; a clear field for the annual figures.
 */
public enum Outcome {

	FORWARDED_TO_POLICE, REFERRED_ELSEWHERE, INSUFFICIENT_INFORMATION, OUTSIDE_SCOPE, DUPLICATE

}
