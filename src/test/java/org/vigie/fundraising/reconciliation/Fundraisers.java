package org.vigie.fundraising.reconciliation;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.Language;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff members of the reconciliation tests, enrolled in the second factor and signed in
 * through the real sign-in pages, each from a loopback address of its own; their
 * back-office speaks English.
 */
final class Fundraisers {

	static final String PASSWORD = "correct horse battery staple";

	private Fundraisers() {
	}

	/** A new member with this role, not signed in yet. */
	static Member create(ApplicationContext context, Role role) {
		StaffAccounts accounts = context.getBean(StaffAccounts.class);
		TwoFactor twoFactor = context.getBean(TwoFactor.class);
		Clock clock = context.getBean(TestClock.class);
		StaffMember member = accounts.create("funds-" + UUID.randomUUID() + "@example.org", "Fiona Fundraiser",
				PASSWORD, Language.EN, Set.of(role), "test");
		List<String> codes = SecondFactors.enrol(twoFactor, clock, member.getId());
		return new Member(member.getEmail(), codes);
	}

	/** A new member with this role, signed in. */
	static Signed signIn(ApplicationContext context, Role role) {
		Member member = create(context, role);
		StaffBrowser browser = StaffBrowser.fromOwnAddress(context.getBean(SiteClient.class));
		HttpResponse<String> done = browser.signIn(member.email(), PASSWORD, member.codes().get(0));
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return new Signed(member.email(), browser);
	}

	/**
	 * A member and their recovery codes.
	 *
	 * @param email their address
	 * @param codes their recovery codes
	 */
	record Member(String email, List<String> codes) {
	}

	/**
	 * A signed-in member.
	 *
	 * @param email the address the audit trail names them by
	 * @param browser their browser
	 */
	record Signed(String email, StaffBrowser browser) {

		HttpResponse<String> upload(byte[] file) {
			return this.browser.upload("/admin/fundraising/statements/import",
					this.browser.csrf("/admin/fundraising/statements/import"), "file", "statement.xml", file,
					java.util.Map.of());
		}

	}

}
