package org.vigie.reporting.handover;

/**
 * A part of a report an analyst may choose to hand over. The report's clear fields
 * (category, country, kind of place, date received) always go with it.
 */
public enum HandoverField {

	/** What happened. */
	WHAT,

	/** The city, the place in the reporter's words, the rounded position. */
	PLACE,

	/** When it happened. */
	WHEN,

	/** The adults and children described, the languages spoken. */
	PEOPLE,

	/** The reporter's country of residence. */
	RESIDENCE,

	/**
	 * The reporter's contact details: offered only when the reporter consented to their
	 * being passed to the police.
	 */
	CONTACT,

	/** The images sent with the report, already stripped of their metadata. */
	IMAGES

}
