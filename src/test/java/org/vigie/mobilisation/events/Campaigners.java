package org.vigie.mobilisation.events;

import java.net.http.HttpResponse;
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
 * Staff members of the events tests, signed in through the real sign-in pages with their
 * second factor, each from an address of its own; their back-office speaks English.
 */
final class Campaigners {

	static final String PASSWORD = "correct horse battery staple";

	private Campaigners() {
	}

	/** A new member with this role, signed in. */
	static StaffBrowser signIn(ApplicationContext context, Role role) {
		StaffMember member = context.getBean(StaffAccounts.class)
			.create("events-" + UUID.randomUUID() + "@example.org", "Camille Campaigner", PASSWORD, Language.EN,
					Set.of(role), "test");
		List<String> codes = SecondFactors.enrol(context.getBean(TwoFactor.class), context.getBean(TestClock.class),
				member.getId());
		StaffBrowser browser = StaffBrowser.fromOwnAddress(context.getBean(SiteClient.class));
		HttpResponse<String> done = browser.signIn(member.getEmail(), PASSWORD, codes.get(0));
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return browser;
	}

}
