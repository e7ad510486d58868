package org.vigie.learning.authoring;

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
 * Staff members of the authoring tests, enrolled in the second factor and signed in
 * through the real sign-in pages, each from a loopback address of its own.
 */
final class Trainers {

	static final String PASSWORD = "correct horse battery staple";

	private Trainers() {
	}

	/**
	 * A new member with this role, signed in on the site under test; their back-office
	 * speaks English.
	 */
	static Signed signIn(ApplicationContext context, Role role) {
		SiteClient site = context.getBean(SiteClient.class);
		StaffAccounts accounts = context.getBean(StaffAccounts.class);
		TwoFactor twoFactor = context.getBean(TwoFactor.class);
		Clock clock = context.getBean(TestClock.class);
		StaffMember member = accounts.create("cards-" + UUID.randomUUID() + "@example.org", "Tess Trainer", PASSWORD,
				Language.EN, Set.of(role), "test");
		List<String> codes = SecondFactors.enrol(twoFactor, clock, member.getId());
		StaffBrowser browser = StaffBrowser.fromOwnAddress(site);
		HttpResponse<String> done = browser.signIn(member.getEmail(), PASSWORD, codes.get(0));
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return new Signed(member.getEmail(), browser);
	}

	/**
	 * A signed-in member.
	 *
	 * @param email the address the audit trail names them by
	 * @param browser their browser
	 */
	record Signed(String email, StaffBrowser browser) {
	}

}
