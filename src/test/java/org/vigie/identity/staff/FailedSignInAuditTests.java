package org.vigie.identity.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.identity.AuditAction;
import org.vigie.identity.Role;
import org.vigie.identity.audit.AuditEntry;
import org.vigie.identity.audit.AuditEntryRepository;
import org.vigie.identity.audit.HashChainedAuditTrail;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit trail keeps of a failed sign-in: the account when there is one, and for
 * anything else only an HMAC of what was typed, which may be a password.
 */
@DatabaseTest
@Import({ StaffAccounts.class, RolePermissions.class, TinkServerKeys.class, HashChainedAuditTrail.class,
		FailedSignInAuditTests.Setup.class })
class FailedSignInAuditTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2026-11-22T10:00:00Z"));
		}

		@Bean
		PasswordEncoder passwordEncoder() {
			return PasswordEncoderFactories.createDelegatingPasswordEncoder();
		}

	}

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private StaffRepository staff;

	@Autowired
	private AuditEntryRepository entries;

	@Test
	void recordsOnlyAKeyedTagOfAnUnknownIdentifier() {
		this.accounts.failedSignIn("Tr0ub4dor&3 ", "bad");
		this.accounts.failedSignIn("tr0ub4dor&3", "bad");
		this.accounts.failedSignIn("someone@example.org", "bad");

		List<String> actors = failures().stream().map(AuditEntry::getActor).toList();
		assertThat(actors).hasSize(3).allSatisfy((actor) -> {
			assertThat(actor).matches("unknown [0-9a-f]{20}");
			assertThat(actor.toLowerCase()).doesNotContain("tr0ub4dor").doesNotContain("someone");
		});
		assertThat(actors.get(1)).as("the same text gives the same tag").isEqualTo(actors.get(2));
		assertThat(actors.get(0)).isNotEqualTo(actors.get(1));
	}

	@Test
	void namesAKnownAccount() {
		this.staff.save(new StaffMember("known@example.org", "Known", "{noop}x", Language.FR, EnumSet.of(Role.EDITOR),
				Instant.parse("2026-11-22T10:00:00Z")));

		this.accounts.failedSignIn(" Known@Example.org", "bad");

		assertThat(failures()).first().extracting(AuditEntry::getActor).isEqualTo("known@example.org");
	}

	private List<AuditEntry> failures() {
		return this.entries.search(AuditAction.SIGN_IN_FAILED, null, null, null, PageRequest.of(0, 10)).getContent();
	}

}
