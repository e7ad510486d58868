package org.vigie.fundraising.certificates.issuing;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff members of the certificate tests, enrolled in the second factor and signed in
 * through the real sign-in pages, each from a loopback address of its own; their
 * back-office speaks English.
 */
final class Fundraisers {

	static final String PASSWORD = "correct horse battery staple";

	private Fundraisers() {
	}

	/** A new member with this role, signed in. */
	static StaffBrowser signIn(ApplicationContext context, Role role) {
		StaffMember member = create(context, role);
		List<String> codes = SecondFactors.enrol(context.getBean(TwoFactor.class), context.getBean(TestClock.class),
				member.getId());
		StaffBrowser browser = StaffBrowser.fromOwnAddress(context.getBean(SiteClient.class));
		HttpResponse<String> done = browser.signIn(member.getEmail(), PASSWORD, codes.get(0));
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return browser;
	}

	/** A new member with this role, not signed in. */
	static StaffMember create(ApplicationContext context, Role role) {
		return context.getBean(StaffAccounts.class)
			.create("certificates-" + UUID.randomUUID() + "@example.org", "Fran Fundraiser", PASSWORD, Language.EN,
					Set.of(role), "test");
	}

	/** The second-factor codes of a member, for a sign-in in a real browser. */
	static List<String> codes(ApplicationContext context, StaffMember member) {
		Clock clock = context.getBean(TestClock.class);
		return SecondFactors.enrol(context.getBean(TwoFactor.class), clock, member.getId());
	}

}
