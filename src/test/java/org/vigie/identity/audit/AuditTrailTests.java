package org.vigie.identity.audit;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.identity.AuditAction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
@Import(HashChainedAuditTrail.class)
class AuditTrailTests {

	@Autowired
	private HashChainedAuditTrail trail;

	@Autowired
	private AuditEntryRepository entries;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestEntityManager entityManager;

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

}
