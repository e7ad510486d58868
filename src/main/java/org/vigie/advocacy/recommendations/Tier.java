package org.vigie.advocacy.recommendations;

/**
 * The level of power an addressee belongs to: Belgium's federal state, communities and
 * regions (and Brussels' community commissions), the European Union or another state.
 */
public enum Tier {

	/** The federal state. */
	FEDERAL,

	/** The French Community (Fédération Wallonie-Bruxelles). */
	FRENCH_COMMUNITY,

	/** The Flemish Community. */
	FLEMISH_COMMUNITY,

	/** The German-speaking Community. */
	GERMAN_COMMUNITY,

	/** The Brussels-Capital Region. */
	BRUSSELS_REGION,

	/** The Flemish Region. */
	FLEMISH_REGION,

	/** The Walloon Region. */
	WALLOON_REGION,

	/** A Brussels community commission (COCOF, VGC, COCOM). */
	BRUSSELS_COMMISSION,

	/** The European Union. */
	EU,

	/** Another state. */
	OTHER_STATE

}
