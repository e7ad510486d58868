package org.vigie.learning.authoring;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;

/**
 * What trainers' changes add to the audit trail. An entry names the deck and the card by
 * their keys, never their words or anything about learners.
 */
final class AuthoringAudit {

	static final AuditAction DECK_SAVED = new AuditAction("CARDS_DECK_SAVED");

	static final AuditAction CARD_SAVED = new AuditAction("CARDS_CARD_SAVED");

	static final AuditAction CARD_RETIRED = new AuditAction("CARDS_CARD_RETIRED");

	static final AuditAction CARD_MOVED = new AuditAction("CARDS_CARD_MOVED");

	static final AuditAction DECK_IMPORTED = new AuditAction("CARDS_DECK_IMPORTED");

	private AuthoringAudit() {
	}

	static AuditActions all() {
		return AuditActions.of(DECK_SAVED, CARD_SAVED, CARD_RETIRED, CARD_MOVED, DECK_IMPORTED);
	}

}
