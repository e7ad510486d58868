package org.vigie.reporting.desk;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.AnalystKeys;
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analysts leaving, through the staff page: the last analyst who can open a report can be
 * neither disabled nor stripped of the role; once another analyst was granted access on
 * the access page, the first can leave, their keys are destroyed, and the other analyst
 * and the recovery key still open the report.
 */
@ReportingTest
class LeavingAnalystTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private TestClock clock;

	@Autowired
	private Reports reports;

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private AnalystKeys keys;

	@Autowired
	private JdbcClient jdbc;

	private String recoveryKey;

	@BeforeEach
	void lineIsOpen() {
		this.recoveryKey = ReportingFixtures.recoveryKey(this.recovery);
	}

	@Test
	void theLastAnalystWhoCanOpenAReportCannotLeaveUntilAnotherIsGrantedAccess() {
		DeskStaff admin = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Admin", Role.ADMINISTRATOR);
		StaffBrowser adminBrowser = admin.signIn(this.site);
		DeskStaff last = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Lea", Role.ANALYST);
		StaffBrowser lastBrowser = last.signIn(this.site);
		DeskStaff next = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Nico", Role.ANALYST);
		next.signIn(this.site);
		UUID report = this.reports.submit(ReportingFixtures.report("leaving"), List.of()).id();
		// Only Lea (and the recovery key) can open this report: a report that arrived
		// before the other analysts had keys.
		this.jdbc.sql("delete from reporting_grant where report_id = ? and recipient like 'staff:%' and recipient <> ?")
			.params(report, "staff:" + last.id())
			.update();

		HttpResponse<String> refused = adminBrowser.submit("/admin/staff", "/admin/staff/" + last.id() + "/roles",
				Map.of("roles", "EDITOR"));
		assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text())
			.contains("last analyst who can open the reports");
		HttpResponse<String> disabling = adminBrowser.submit("/admin/staff", "/admin/staff/" + last.id() + "/enabled",
				Map.of("enabled", "false"));
		assertThat(Jsoup.parse(disabling.body()).select("[role=alert]").text())
			.contains("last analyst who can open the reports");
		assertThat(this.accounts.withPermissions(last.id()).can(org.vigie.reporting.ReportingPermissions.ANALYSE))
			.isTrue();
		assertThat(this.keys.publicKey(last.id())).isPresent();

		assertThat(Jsoup.parse(lastBrowser.get("/admin/reports/access").body()).text()).contains("Nico");
		lastBrowser.submit("/admin/reports/access", "/admin/reports/access",
				Map.of("analyst", Long.toString(next.id())));

		HttpResponse<String> removed = adminBrowser.submit("/admin/staff", "/admin/staff/" + last.id() + "/enabled",
				Map.of("enabled", "false"));
		assertThat(removed.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("done"));
		assertThat(this.keys.publicKey(last.id())).as("a leaver's keys are destroyed").isEmpty();
		assertThat(this.jdbc.sql("select count(*) from reporting_grant where recipient = ?")
			.param("staff:" + last.id())
			.query(Integer.class)
			.single()).isZero();

		StaffBrowser nextBrowser = next.signIn(this.site);
		assertThat(Jsoup.parse(nextBrowser.get("/admin/reports/" + report).body()).select(".desk-content").text())
			.contains("what leaving");
		assertThat(this.reports.key(report, this.recovery.open(this.recoveryKey))).isPresent();
	}

	@Test
	void anAnalystWhoLosesTheRoleLosesTheirKeysAndOthersKeepAccess() {
		DeskStaff admin = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Alix", Role.ADMINISTRATOR);
		StaffBrowser adminBrowser = admin.signIn(this.site);
		DeskStaff leaver = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Lee", Role.ANALYST);
		leaver.signIn(this.site);
		DeskStaff stayer = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Sam", Role.ANALYST);
		stayer.signIn(this.site);
		UUID report = this.reports.submit(ReportingFixtures.report("role-change"), List.of()).id();

		HttpResponse<String> changed = adminBrowser.submit("/admin/staff", "/admin/staff/" + leaver.id() + "/roles",
				Map.of("roles", "EDITOR"));
		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("done"));
		assertThat(this.keys.publicKey(leaver.id())).isEmpty();
		assertThat(Jsoup.parse(stayer.signIn(this.site).get("/admin/reports/" + report).body())
			.select(".desk-content")
			.text()).contains("what role-change");
	}

}
