package org.vigie.identity.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
import org.vigie.identity.ServerKeys;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the audit trail, each hashed together with the previous entry's hash
 * under the server key (an HMAC), and checks the chain. The head row is locked while
 * appending, so several application nodes still write one chain. The key is outside the
 * database, so a database writer cannot rewrite the chain consistently; to notice entries
 * cut from its end, compare the {@link #head() head} with one exported earlier.
 */
@Component
public class HashChainedAuditTrail implements AuditTrail {

	private static final int MAX_TEXT = 2000;

	private final EntityManager entities;

	private final AuditEntryRepository entries;

	private final Clock clock;

	private final ServerKeys keys;

	HashChainedAuditTrail(EntityManager entities, AuditEntryRepository entries, Clock clock, ServerKeys keys) {
		this.entities = entities;
		this.entries = entries;
		this.clock = clock;
		this.keys = keys;
	}

	@Override
	@Transactional
	public void record(AuditAction action, String actor, String target, String details) {
		AuditHead head = this.entities.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		AuditEntry entry = new AuditEntry(head.lastId() + 1, at, clip(actor, 320), action, clip(target, 500),
				clip(details, MAX_TEXT), head.lastHash(), this.keys);
		this.entities.persist(entry);
		head.advance(entry);
	}

	/**
	 * Walks the whole chain and returns the id of the first entry that does not match its
	 * hash or its predecessor, if any. Unkeyed (legacy) entries are accepted only before
	 * the first keyed one, and the chain must end with a keyed entry: otherwise a
	 * database writer could turn keyed entries into unkeyed ones and recompute them.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> firstBrokenEntry() {
		AuditHead head = this.entities.find(AuditHead.class, 1);
		String previous = "0".repeat(64);
		long expectedId = 1;
		boolean keyedSeen = false;
		try (Stream<AuditEntry> chain = this.entries.streamInOrder()) {
			Iterator<AuditEntry> iterator = chain.iterator();
			while (iterator.hasNext()) {
				AuditEntry entry = iterator.next();
				keyedSeen |= entry.isKeyed();
				boolean unkeyedEnd = !entry.isKeyed() && (keyedSeen || !iterator.hasNext());
				if (entry.getId() != expectedId || !entry.getPreviousHash().equals(previous)
						|| !MessageDigest.isEqual(bytes(entry.computeHash(this.keys)), bytes(entry.getHash()))
						|| unkeyedEnd) {
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

	/** The end of the chain now, to export and compare later. */
	@Transactional(readOnly = true)
	public ChainHead head() {
		AuditHead head = this.entities.find(AuditHead.class, 1);
		Instant lastAt = (head.lastId() > 0) ? this.entries.findById(head.lastId()).map(AuditEntry::getAt).orElse(null)
				: null;
		return new ChainHead(head.lastId(), head.lastHash(), lastAt);
	}

	/**
	 * Whether an exported head still belongs to the chain: its entry is there with the
	 * same hash. With an intact chain, nothing up to that entry was changed or removed.
	 */
	@Transactional(readOnly = true)
	public boolean contains(ChainHead exported) {
		return this.entries.findById(exported.lastId())
			.filter((entry) -> MessageDigest.isEqual(bytes(entry.getHash()), bytes(exported.lastHash())))
			.isPresent();
	}

	/** Whether the last entry is unkeyed: the chain was written before the server key. */
	@Transactional(readOnly = true)
	boolean endsUnkeyed() {
		AuditHead head = this.entities.find(AuditHead.class, 1);
		return head.lastId() > 0 && this.entries.findById(head.lastId()).map((last) -> !last.isKeyed()).orElse(false);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static String clip(String text, int max) {
		if (text == null) {
			return null;
		}
		String clean = text.replaceAll("\\p{Cntrl}", " ");
		return (clean.length() <= max) ? clean : clean.substring(0, max - 1) + "…";
	}

}
