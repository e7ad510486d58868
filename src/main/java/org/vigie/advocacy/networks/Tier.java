package org.vigie.advocacy.networks;

/** The level a network works at; the public page groups memberships by it. */
public enum Tier {

	/** Belgian coalitions and platforms. */
	BELGIAN,

	/** European networks and platforms. */
	EUROPEAN,

	/** International networks. */
	INTERNATIONAL

}
