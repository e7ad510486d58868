package org.vigie.advocacy.watch;

/**
 * Where a watched file stands. One fixed list for every kind of file; each kind offers
 * the stages that make sense for it ({@link Kind#stages()}), so the watch list and the
 * digest compare files of different kinds with the same words.
 */
public enum Stage {

	/** Tabled: a Commission proposal, a bill introduced. */
	PROPOSAL,

	/** A consultation open for contributions. */
	OPEN,

	/** Before a parliamentary committee. */
	COMMITTEE,

	/** In plenary, first reading. */
	PLENARY,

	/** Negotiated between Parliament, Council and Commission. */
	TRILOGUE,

	/** The NGO sent its contribution to a consultation. */
	ANSWERED,

	/** Adopted, not yet applicable. */
	ADOPTED,

	/** In force. */
	IN_FORCE,

	/** Closed: withdrawn, rejected, lapsed, or a consultation ended. */
	CLOSED;

	/** Whether the file still moves (its deadlines still matter). */
	public boolean open() {
		return this != CLOSED && this != IN_FORCE;
	}

}
