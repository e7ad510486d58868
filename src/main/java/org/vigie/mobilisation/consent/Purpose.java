package org.vigie.mobilisation.consent;

/**
 * What a person agreed to; each purpose is asked, recorded and withdrawn on its own.
 */
public enum Purpose {

	/** Receiving the newsletter (its subject is the language). */
	NEWSLETTER,

	/** Receiving news of a campaign they joined (its subject is the campaign). */
	CAMPAIGN_NEWS,

	/** Their first name on a campaign's public wall (its subject is the campaign). */
	PUBLIC_WALL,

	/**
	 * Their organisation's name on a statement's public list (its subject is the
	 * statement).
	 */
	PUBLIC_SIGNATURE,

	/** Keeping what they gave to take part (a pledge, a registration, a request). */
	PARTICIPATION

}
