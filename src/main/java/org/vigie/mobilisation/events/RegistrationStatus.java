package org.vigie.mobilisation.events;

/**
 * Where a registration stands. A place is held by {@link #CONFIRMED} and {@link #OFFERED}
 * registrations; {@link #WAITLISTED} ones wait for one; the last three are final.
 */
public enum RegistrationStatus {

	/** Has its places. */
	CONFIRMED,

	/** Waits for places to free. */
	WAITLISTED,

	/** Freed places are kept for it until the offer expires. */
	OFFERED,

	/** The person cancelled; never offered places again. */
	CANCELLED,

	/** The person turned an offer down; off the list. */
	DECLINED,

	/** An offer went unanswered; off the list. */
	EXPIRED;

	/** Whether it holds places now. */
	public boolean holdsPlaces() {
		return this == CONFIRMED || this == OFFERED;
	}

	/** Whether it is still on the event's lists (holding places or waiting). */
	public boolean active() {
		return this == CONFIRMED || this == OFFERED || this == WAITLISTED;
	}

}
