package org.vigie.advocacy.recommendations;

/**
 * Where a recommendation comes from.
 */
public enum Origin {

	/** Made by the NGO at one of its events (a hearing, a conference). */
	NGO_EVENT,

	/** Made by the NGO in a report or position paper. */
	NGO_REPORT,

	/** Adopted by a parliament (a resolution, a committee's report). */
	PARLIAMENT,

	/** The UN Committee on the Rights of the Child's concluding observations. */
	UN_CRC,

	/** The Universal Periodic Review of the UN Human Rights Council. */
	UPR;

	/** Whether it comes from the United Nations (response and category apply). */
	public boolean united() {
		return this == UN_CRC || this == UPR;
	}

	/** The kind of document such a recommendation is made in. */
	public EvidenceKind document() {
		return switch (this) {
			case NGO_EVENT, NGO_REPORT -> EvidenceKind.NGO_DOCUMENT;
			case PARLIAMENT -> EvidenceKind.PARLIAMENTARY_RECORD;
			case UN_CRC, UPR -> EvidenceKind.UN_DOCUMENT;
		};
	}

}
