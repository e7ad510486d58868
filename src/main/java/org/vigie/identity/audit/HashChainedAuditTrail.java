package org.vigie.identity.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the audit trail, each hashed together with the previous entry's
 * hash, and checks the chain. The head row is locked while appending, so several
 * application nodes still write one chain.
 */
@Component
public class HashChainedAuditTrail implements AuditTrail {

	private static final int MAX_TEXT = 2000;

	private final EntityManager entities;

	private final AuditEntryRepository entries;

	private final Clock clock;

	HashChainedAuditTrail(EntityManager entities, AuditEntryRepository entries, Clock clock) {
		this.entities = entities;
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(AuditAction action, String actor, String target, String details) {
		AuditHead head = this.entities.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		AuditEntry entry = new AuditEntry(head.lastId() + 1, at, clip(actor, 320), action, clip(target, 500),
				clip(details, MAX_TEXT), head.lastHash());
		this.entities.persist(entry);
		head.advance(entry);
	}

	/**
	 * Walks the whole chain and returns the id of the first entry that does not match its
	 * hash or its predecessor, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> firstBrokenEntry() {
		AuditHead head = this.entities.find(AuditHead.class, 1);
		String previous = "0".repeat(64);
		long expectedId = 1;
		try (Stream<AuditEntry> chain = this.entries.streamInOrder()) {
			Iterator<AuditEntry> iterator = chain.iterator();
			while (iterator.hasNext()) {
				AuditEntry entry = iterator.next();
				if (entry.getId() != expectedId || !entry.getPreviousHash().equals(previous)
						|| !entry.computeHash().equals(entry.getHash())) {
					return Optional.of(entry.getId());
				}
				previous = entry.getHash();
				expectedId++;
			}
		}
		if (head.lastId() != expectedId - 1 || !head.lastHash().equals(previous)) {
			return Optional.of(expectedId);
		}
		return Optional.empty();
	}

	private static String clip(String text, int max) {
		if (text == null) {
			return null;
		}
		String clean = text.replaceAll("\\p{Cntrl}", " ");
		return (clean.length() <= max) ? clean : clean.substring(0, max - 1) + "…";
	}

}
