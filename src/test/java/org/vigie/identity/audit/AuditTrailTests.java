package org.vigie.identity.audit;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.identity.AuditAction;
import org.vigie.identity.keys.TinkServerKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
@Import({ HashChainedAuditTrail.class, TinkServerKeys.class, LegacyChainSeal.class })
class AuditTrailTests {

	@Autowired
	private HashChainedAuditTrail trail;

	@Autowired
	private AuditEntryRepository entries;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private LegacyChainSeal seal;

	@Test
	void chainsEachEntryToThePreviousOne() {
		record3();

		assertThat(this.trail.firstBrokenEntry()).isEmpty();
		var page = this.entries.search(null, null, null, null, PageRequest.of(0, 10)).getContent();
		assertThat(page).hasSize(3);
		assertThat(page.get(0).getPreviousHash()).isEqualTo(page.get(1).getHash());
	}

	@Test
	void detectsAnEditedEntry() {
		record3();
		this.jdbc.update("update identity_audit set details = 'nothing to see' where id = 2");
		this.entityManager.clear();

		assertThat(this.trail.firstBrokenEntry()).contains(2L);
	}

	@Test
	void detectsARemovedEntryEvenTheLastOne() {
		record3();
		this.jdbc.update("delete from identity_audit where id = 3");
		this.entityManager.clear();

		assertThat(this.trail.firstBrokenEntry()).contains(3L);
	}

	@Test
	void filtersByActionActorAndKeepsControlCharactersOut() {
		record3();
		this.trail.record(AuditAction.SIGN_IN_FAILED, "mallory@example.org", null, "line\nbreak");

		var found = this.entries.search(AuditAction.SIGN_IN_FAILED, "%mallory%", null, null, PageRequest.of(0, 10))
			.getContent();
		assertThat(found).hasSize(1);
		assertThat(found.get(0).getDetails()).isEqualTo("line break");
		assertThat(this.entries.search(null, "%editor%", null, null, PageRequest.of(0, 10)).getContent()).hasSize(2);
	}

	private void record3() {
		this.trail.record(AuditAction.SIGN_IN, "editor@example.org", null, null);
		this.trail.record(new AuditAction("PUBLISHED"), "editor@example.org", "post 12", "scheduled");
		this.trail.record(AuditAction.SIGN_OUT, "admin@example.org", null, null);
		this.entityManager.flush();
	}

	@Test
	void aDatabaseWriterWithoutTheKeyCannotRewriteTheChain() {
		record3();
		this.jdbc.update("update identity_audit set details = 'nothing to see' where id = 2");
		// What a database writer can compute: the unkeyed hashes of the edited entry and
		// every one after it, and the head.
		rechain(2, true);

		assertThat(this.trail.firstBrokenEntry()).contains(2L);
	}

	@Test
	void keyedEntriesTurnedIntoUnkeyedOnesAreDetected() {
		record3();
		this.jdbc.update("update identity_audit set details = 'nothing to see' where id = 2");
		rechain(1, false);

		assertThat(this.trail.firstBrokenEntry()).contains(3L);
	}

	@Test
	void entriesFromBeforeTheKeyAreSealedByTheFirstKeyedOne() {
		record3();
		rechain(1, false);
		assertThat(this.trail.firstBrokenEntry()).as("a chain that ends unkeyed").contains(3L);

		this.seal.afterSingletonsInstantiated();
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(this.trail.firstBrokenEntry()).isEmpty();
		assertThat(this.entries.findById(4L)).hasValueSatisfying((entry) -> {
			assertThat(entry.getAction()).isEqualTo(AuditAction.AUDIT_KEYED);
			assertThat(entry.isKeyed()).isTrue();
		});
		this.jdbc.update("update identity_audit set details = 'nothing to see' where id = 2");
		rechainUnkeyedUpTo(3);
		assertThat(this.trail.firstBrokenEntry()).contains(4L);
	}

	@Test
	void anExportedHeadShowsEntriesCutFromTheEnd() {
		record3();
		ChainHead exported = ChainHead.parse(this.trail.head().exported()).orElseThrow();
		assertThat(exported.lastId()).isEqualTo(3);
		assertThat(exported.lastAt()).isNotNull();
		assertThat(this.trail.contains(exported)).isTrue();

		// Cutting the last entry and moving the head back leaves a consistent chain...
		String second = this.jdbc.queryForObject("select hash from identity_audit where id = 2", String.class);
		this.jdbc.update("delete from identity_audit where id = 3");
		this.jdbc.update("update identity_audit_head set last_id = 2, last_hash = ?", second);
		this.entityManager.clear();
		assertThat(this.trail.firstBrokenEntry()).isEmpty();
		// ...that no longer holds the head exported before.
		assertThat(this.trail.contains(exported)).isFalse();
		assertThat(ChainHead.parse("vigie-audit-head 3 nothex -")).isEmpty();
	}

	/**
	 * Recomputes, without the key, the hashes of the entries from {@code fromId} on, and
	 * the head, as a database writer could.
	 */
	private void rechain(long fromId, boolean keepKeyedFlag) {
		this.entityManager.clear();
		String previous = (fromId == 1) ? "0".repeat(64)
				: this.jdbc.queryForObject("select hash from identity_audit where id = ?", String.class, fromId - 1);
		long last = this.jdbc.queryForObject("select max(id) from identity_audit", Long.class);
		for (long id = fromId; id <= last; id++) {
			previous = rewrite(id, previous, keepKeyedFlag);
		}
		this.jdbc.update("update identity_audit_head set last_id = ?, last_hash = ?", last, previous);
		this.entityManager.clear();
	}

	private void rechainUnkeyedUpTo(long lastId) {
		this.entityManager.clear();
		String previous = "0".repeat(64);
		for (long id = 1; id <= lastId; id++) {
			previous = rewrite(id, previous, false);
		}
		this.entityManager.clear();
	}

	private String rewrite(long id, String previous, boolean keepKeyedFlag) {
		AuditEntry entry = this.entries.findById(id).orElseThrow();
		String content = String.join("\u001f", previous, Long.toString(id), entry.getAt().toString(), entry.getActor(),
				entry.getAction().name(), (entry.getTarget() != null) ? entry.getTarget() : "",
				(entry.getDetails() != null) ? entry.getDetails() : "");
		String hash = Hashes.sha256(content);
		this.jdbc.update("update identity_audit set prev_hash = ?, hash = ?, keyed = ? where id = ?", previous, hash,
				keepKeyedFlag && entry.isKeyed(), id);
		this.entityManager.detach(entry);
		return hash;
	}

}
