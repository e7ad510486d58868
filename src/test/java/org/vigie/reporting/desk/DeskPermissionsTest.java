package org.vigie.reporting.desk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only analysts reach the workspace and only administrators the line's settings: an
 * editor, signed in with both factors, is refused every address, read or write, and
 * nothing changes.
 */
@ReportingTest
class DeskPermissionsTest {

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

	@Test
	void anEditorIsRefusedEveryAddressOfTheWorkspaceAndTheSettings() {
		ReportingFixtures.recoveryKey(this.recovery);
		UUID report = this.reports.submit(ReportingFixtures.report("editor"), List.of()).id();
		String page = "/admin/reports/" + report;
		StaffBrowser editor = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Ed", Role.EDITOR)
			.signIn(this.site);
		for (String path : List.of("/admin/reports", "/admin/reports?overdue=1", page,
				page + "/images/" + UUID.randomUUID(), "/admin/reports/access", "/admin/reports/figures",
				"/admin/reports/figures.csv", "/admin/reporting-settings")) {
			assertThat(editor.get(path).statusCode()).as(path).isEqualTo(403);
		}
		String csrf = editor.csrf("/admin/account");
		assertThat(csrf).isNotEmpty();
		for (String path : List.of(page + "/labels", page + "/labels/remove", page + "/assign", page + "/status",
				page + "/messages", page + "/unlock", "/admin/reports/access", "/admin/reporting-settings/recovery-key",
				"/admin/reporting-settings/recovery-key/stored", "/admin/reporting-settings/recovery-key/grant")) {
			assertThat(editor
				.post(path, Map.of("_csrf", csrf, "label", "x", "status", "CLOSED", "outcome", "DUPLICATE", "text", "x",
						"analyst", "1", "key", "x", "stored", "yes"))
				.statusCode()).as(path).isEqualTo(403);
		}
		assertThat(this.reports.summary(report).orElseThrow().status().name()).isEqualTo("RECEIVED");
		assertThat(new StaffBrowser(this.site).get("/admin/reports").statusCode()).isIn(302, 401, 403);
	}

}
