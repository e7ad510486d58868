package org.vigie.reporting.desk;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff members of the workspace's tests, enrolled in the second factor and signed in
 * through the real sign-in pages (which open an analyst's key ring).
 *
 * @param member the account
 * @param codes its unused recovery codes, one per sign-in
 */
record DeskStaff(StaffMember member, List<String> codes) {

	static DeskStaff create(StaffAccounts accounts, TwoFactor twoFactor, Clock clock, String name, Role role) {
		StaffMember member = accounts.create(name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org", name,
				ReportingFixtures.PASSWORD, Language.EN, Set.of(role), "test");
		return new DeskStaff(member, new java.util.ArrayList<>(SecondFactors.enrol(twoFactor, clock, member.getId())));
	}

	long id() {
		return this.member.getId();
	}

	/** A browser signed in with the password and a recovery code as second factor. */
	StaffBrowser signIn(SiteClient site) {
		StaffBrowser browser = StaffBrowser.fromOwnAddress(site);
		HttpResponse<String> done = browser.signIn(this.member.getEmail(), ReportingFixtures.PASSWORD,
				this.codes.remove(0));
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return browser;
	}

}
