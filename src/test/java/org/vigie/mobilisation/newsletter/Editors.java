package org.vigie.mobilisation.newsletter;

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
 * Staff members of the newsletter's back-office tests, enrolled in the second factor and
 * signed in through the real sign-in pages, each from a loopback address of its own.
 */
final class Editors {

	static final String PASSWORD = "correct horse battery staple";

	private Editors() {
	}

	/** A new member with this role, signed in. */
	static Signed signIn(ApplicationContext context, Role role) {
		Enrolled member = create(context, role);
		StaffBrowser browser = StaffBrowser.fromOwnAddress(context.getBean(SiteClient.class));
		HttpResponse<String> done = browser.signIn(member.email(), PASSWORD, member.codes().get(0));
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return new Signed(member.email(), browser);
	}

	/** A new member with this role, enrolled but not signed in (for a real browser). */
	static Enrolled create(ApplicationContext context, Role role) {
		StaffAccounts accounts = context.getBean(StaffAccounts.class);
		TwoFactor twoFactor = context.getBean(TwoFactor.class);
		Clock clock = context.getBean(TestClock.class);
		StaffMember member = accounts.create("editor-" + UUID.randomUUID() + "@example.org", "Eddy Editor", PASSWORD,
				Language.EN, Set.of(role), "test");
		return new Enrolled(member.getEmail(), SecondFactors.enrol(twoFactor, clock, member.getId()));
	}

	/** Where a response sends the browser, as a path. */
	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
	}

	/**
	 * A signed-in member.
	 *
	 * @param email their address
	 * @param browser their browser
	 */
	record Signed(String email, StaffBrowser browser) {
	}

	/**
	 * An enrolled member.
	 *
	 * @param email their sign-in address
	 * @param codes their recovery codes
	 */
	record Enrolled(String email, List<String> codes) {
	}

}
