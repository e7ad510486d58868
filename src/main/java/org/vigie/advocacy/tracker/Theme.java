package org.vigie.advocacy.tracker;

/**
 * The themes a directive's provisions are grouped by on the tracker.
 */
public enum Theme {

	/** Definitions of the offences and their penalties. */
	OFFENCES,

	/** Solicitation of children online (grooming). */
	GROOMING,

	/** Aggravating circumstances, disqualification, liability of legal persons. */
	SANCTIONS,

	/** Investigation and prosecution, limitation periods. */
	INVESTIGATION,

	/** Jurisdiction, including over offences committed abroad. */
	JURISDICTION,

	/** Assistance, support and protection of child victims. */
	VICTIMS,

	/** Prevention and intervention programmes. */
	PREVENTION,

	/** Removal and blocking of online material. */
	ONLINE_REMOVAL

}
