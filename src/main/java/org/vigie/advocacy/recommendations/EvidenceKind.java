package org.vigie.advocacy.recommendations;

/**
 * What kind of document a status step or a commitment rests on.
 */
public enum EvidenceKind {

	/**
	 * A parliamentary record: a debate's report, a question and its answer, a resolution.
	 */
	PARLIAMENTARY_RECORD,

	/** A government's answer, decision or plan. */
	GOVERNMENT_DOCUMENT,

	/** The official journal (Moniteur belge / Belgisch Staatsblad). */
	OFFICIAL_JOURNAL,

	/** A United Nations document (concluding observations, UPR report, addendum). */
	UN_DOCUMENT,

	/** The NGO's own report, letter or minutes. */
	NGO_DOCUMENT,

	/** A press article or release. */
	PRESS,

	/** Anything else, described in the source's label. */
	OTHER

}
