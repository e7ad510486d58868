package org.vigie.mobilisation;

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
 * Staff members of mobilisation's back-office tests (statements, workshops), enrolled in
 * the second factor and signed in through the real sign-in pages, each from a loopback
 * address of its own.
 */
public final class Campaigners {

	public static final String PASSWORD = "correct horse battery staple";

	private Campaigners() {
	}

	/** A new member with this role whose back-office speaks that language, signed in. */
	public static Signed signIn(ApplicationContext context, Role role, Language language) {
		Enrolled member = create(context, role, language);
		StaffBrowser browser = StaffBrowser.fromOwnAddress(context.getBean(SiteClient.class));
		HttpResponse<String> done = browser.signIn(member.email(), PASSWORD, member.codes().get(0));
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return new Signed(member.email(), browser);
	}

	/** A new member with this role, enrolled but not signed in (for a real browser). */
	public static Enrolled create(ApplicationContext context, Role role, Language language) {
		StaffAccounts accounts = context.getBean(StaffAccounts.class);
		TwoFactor twoFactor = context.getBean(TwoFactor.class);
		Clock clock = context.getBean(TestClock.class);
		StaffMember member = accounts.create("campaigner-" + UUID.randomUUID() + "@example.org", "Chris Campaigner",
				PASSWORD, language, Set.of(role), "test");
		return new Enrolled(member.getEmail(), SecondFactors.enrol(twoFactor, clock, member.getId()));
	}

	/**
	 * A signed-in member.
	 *
	 * @param email the address the audit trail names them by
	 * @param browser their browser
	 */
	public record Signed(String email, StaffBrowser browser) {
	}

	/**
	 * An enrolled member.
	 *
	 * @param email their sign-in address
	 * @param codes their recovery codes
	 */
	public record Enrolled(String email, List<String> codes) {
	}

}
