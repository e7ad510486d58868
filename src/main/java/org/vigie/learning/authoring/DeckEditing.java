package org.vigie.learning.authoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.learning.LearningPermissions;
import org.vigie.learning.decks.CardDefinition;
import org.vigie.learning.decks.CardText;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckDefinition;
import org.vigie.learning.decks.DeckRefused;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change a trainer makes, stored through {@link DeckStore#save} (which checks the
 * deck's rules and keeps card ids by key) together with its audit entry and the
 * translations' change times, in one transaction: a refused change leaves nothing behind.
 * The permission is checked here again, whatever address called.
 */
@Service
class DeckEditing {

	private final DeckStore decks;

	private final AuditTrail audit;

	private final CardTranslations translations;

	private final Clock clock;

	private final JdbcClient jdbc;

	DeckEditing(DeckStore decks, AuditTrail audit, CardTranslations translations, Clock clock, JdbcClient jdbc) {
		this.decks = decks;
		this.jdbc = jdbc;
		this.audit = audit;
		this.translations = translations;
		this.clock = clock;
	}

	/** The stored deck in its authored form, as this node keeps it. */
	DeckDefinition definition(Deck deck) {
		return Definitions.of(deck, this.decks.cards(deck.id()));
	}

	/**
	 * The deck as the database has it now, its row locked until the change commits: two
	 * trainers changing the same deck, on any node, take turns, and neither undoes the
	 * other's change with a copy this node kept.
	 */
	private DeckDefinition locked(UUID deck) {
		this.jdbc.sql("select id from learning_deck where id = ? for update").param(deck).query(UUID.class).optional();
		this.decks.forget(deck);
		Deck fresh = this.decks.deck(deck).orElseThrow(() -> new DeckRefused("authoring.problem.gone"));
		return definition(fresh);
	}

	/**
	 * Stores a new deck.
	 * @throws DeckRefused when a deck already has its key, or it breaks a rule
	 */
	@Transactional
	UUID create(DeckDefinition deck, StaffIdentity me) {
		allowed(me);
		if (this.decks.byKey(String.valueOf(deck.key())).isPresent()) {
			throw new DeckRefused("authoring.problem.keyTaken", deck.key());
		}
		return save(deck, me, AuthoringAudit.DECK_SAVED, deck.key(), "created");
	}

	/** Stores a deck's new words and settings, with its cards as they are. */
	@Transactional
	UUID update(UUID deck, DeckForm form, StaffIdentity me) {
		allowed(me);
		DeckDefinition changed = form.definition(locked(deck).cards());
		return save(changed, me, AuthoringAudit.DECK_SAVED, changed.key(), "updated");
	}

	/**
	 * Stores a card, new or changed, in its deck, and notes which of its languages
	 * changed. A new card may not take the key of a card the deck has: it would replace
	 * it.
	 */
	@Transactional
	UUID saveCard(Deck deck, CardDefinition card, boolean creating, StaffIdentity me) {
		allowed(me);
		DeckDefinition current = locked(deck.id());
		if (creating && Definitions.indexOf(current.cards(), card.key()) >= 0) {
			throw new DeckRefused("learning.deck.problem.duplicateCardKey", card.key());
		}
		Optional<StudyCard> before = this.decks.cards(deck.id())
			.stream()
			.filter((stored) -> stored.key().equals(card.key()))
			.findFirst();
		UUID id = save(Definitions.withCard(current, card), me, AuthoringAudit.CARD_SAVED,
				deck.key() + "/" + card.key(), before.isPresent() ? "updated" : "created");
		StudyCard saved = this.decks.cards(id)
			.stream()
			.filter((stored) -> stored.key().equals(card.key()))
			.findFirst()
			.orElseThrow();
		Map<Language, CardText> old = before.map(StudyCard::texts).orElse(null);
		this.translations.changed(saved.id(), old, card.texts(), this.clock.instant());
		return saved.id();
	}

	@Transactional
	void retire(Deck deck, StudyCard card, StaffIdentity me) {
		allowed(me);
		save(Definitions.without(locked(deck.id()), card.key()), me, AuthoringAudit.CARD_RETIRED,
				deck.key() + "/" + card.key(), null);
	}

	@Transactional
	void move(Deck deck, StudyCard card, int step, StaffIdentity me) {
		allowed(me);
		DeckDefinition current = locked(deck.id());
		DeckDefinition moved = Definitions.moved(current, card.key(), step);
		if (moved != current) {
			save(moved, me, AuthoringAudit.CARD_MOVED, deck.key() + "/" + card.key(), (step < 0) ? "up" : "down");
		}
	}

	/**
	 * Stores a deck read from a file: a new deck, or a new version of the deck with the
	 * same key, whose cards keep their ids (and learners their schedules) by key.
	 */
	@Transactional
	UUID importDeck(DeckDefinition deck, StaffIdentity me) {
		allowed(me);
		boolean existed = this.decks.byKey(deck.key()).isPresent();
		return save(deck, me, AuthoringAudit.DECK_IMPORTED, deck.key(),
				(existed ? "replaced" : "created") + ", cards=" + deck.cards().size());
	}

	private UUID save(DeckDefinition deck, StaffIdentity me, AuditAction action, String target, String details) {
		Instant now = this.clock.instant();
		UUID id;
		try {
			id = this.decks.save(deck, now);
		}
		catch (RuntimeException ex) {
			// The store's caches may hold what the rolled-back transaction wrote.
			this.decks.byKey(String.valueOf(deck.key())).ifPresent((stored) -> this.decks.forget(stored.id()));
			throw ex;
		}
		this.audit.record(action, me.email(), "deck:" + target, details);
		return id;
	}

	private static void allowed(StaffIdentity me) {
		if (me == null || !me.can(LearningPermissions.AUTHOR)) {
			throw new AccessDeniedException("Needs " + LearningPermissions.AUTHOR);
		}
	}

}
