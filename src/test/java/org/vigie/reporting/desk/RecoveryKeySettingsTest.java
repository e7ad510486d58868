package org.vigie.reporting.desk;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The line's settings page: the recovery key made once and shown once (a second attempt
 * is refused), the line closed and the home page's banner until then; typed back, it
 * grants an analyst every report, telling a mistyped key from another key.
 */
@ReportingTest
class RecoveryKeySettingsTest {

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

	/**
	 * The tests share one context whose recovery key ReportingFixtures made: this test
	 * sets that key's row aside to walk the set-up step, and puts it back afterwards.
	 */
	@Test
	void theRecoveryKeyIsMadeOnceAndShownOnceAndTheLineStaysClosedBefore() {
		StaffBrowser admin = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Root", Role.ADMINISTRATOR)
			.signIn(this.site);
		record Row(byte[] publicKey, Timestamp createdAt) {
		}
		Row kept = this.jdbc.sql("select public_key, created_at from reporting_recovery_key where id = 1")
			.query((rs, n) -> new Row(rs.getBytes(1), rs.getTimestamp(2)))
			.single();
		this.jdbc.sql("delete from reporting_recovery_key").update();
		try {
			assertThat(this.reports.open()).isFalse();
			assertThat(Jsoup.parse(admin.get("/admin").body()).text()).contains("reporting line is closed");
			Document before = Jsoup.parse(admin.get("/admin/reporting-settings").body());
			assertThat(before.text()).contains("The line is closed");

			HttpResponse<String> made = admin.submit("/admin/reporting-settings",
					"/admin/reporting-settings/recovery-key", Map.of());
			assertThat(made.statusCode()).isEqualTo(200);
			assertThat(made.headers().firstValue("Cache-Control")).hasValue("no-store");
			Document shown = Jsoup.parse(made.body());
			String printed = shown.selectFirst("pre.recovery-key").wholeText();
			assertThat(printed.replaceAll("\\s", "")).hasSize(55);
			assertThat(this.recovery.open(printed).holder()).isEqualTo(-1);
			assertThat(this.reports.open()).isTrue();
			assertThat(shown.select("input[type=checkbox][name=stored][required]")).hasSize(1);

			HttpResponse<String> again = admin.post("/admin/reporting-settings/recovery-key",
					Map.of("_csrf", admin.csrf("/admin/reporting-settings")));
			assertThat(again.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).contains("problem=exists"));
			Document after = Jsoup.parse(admin.get("/admin/reporting-settings?problem=exists").body());
			assertThat(after.text()).doesNotContain(printed.substring(0, 11)).contains("exists already");
			assertThat(Jsoup.parse(admin.get("/admin").body()).text()).contains("printed and stored offline");

			admin.submit("/admin/reporting-settings", "/admin/reporting-settings/recovery-key/stored", Map.of());
			assertThat(Jsoup.parse(admin.get("/admin").body()).text()).contains("printed and stored offline");
			admin.submit("/admin/reporting-settings", "/admin/reporting-settings/recovery-key/stored",
					Map.of("stored", "yes"));
			assertThat(Jsoup.parse(admin.get("/admin").body()).text()).doesNotContain("printed and stored offline");
		}
		finally {
			this.jdbc.sql("delete from reporting_recovery_key").update();
			this.jdbc.sql("delete from reporting_recovery_confirmation").update();
			this.jdbc.sql("insert into reporting_recovery_key (id, public_key, created_at) values (1, ?, ?)")
				.params(kept.publicKey(), kept.createdAt())
				.update();
		}
	}

	@Test
	void theRecoveryKeyTypedBackGrantsAnAnalystEveryReport() {
		StaffBrowser admin = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Rae", Role.ADMINISTRATOR)
			.signIn(this.site);
		DeskStaff analyst = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Reset", Role.ANALYST);
		analyst.signIn(this.site);
		UUID report = this.reports.submit(ReportingFixtures.report("regrant"), List.of()).id();
		this.keys.passwordReset(analyst.id());
		StaffBrowser fresh = analyst.signIn(this.site);
		assertThat(Jsoup.parse(fresh.get("/admin/reports/" + report).body()).text())
			.contains("was not shared with you");

		String id = Long.toString(analyst.id());
		String mistyped = this.recoveryKey.substring(0, 10) + (this.recoveryKey.charAt(10) == 'A' ? 'B' : 'A')
				+ this.recoveryKey.substring(11);
		assertThat(grant(admin, id, mistyped)).contains("typing mistake");
		assertThat(grant(admin, id, otherOrganisationsKey())).contains("not the organisation");
		assertThat(grant(admin, id, "<script>" + "x".repeat(10_000))).contains("typing mistake");
		assertThat(grant(admin, "not-a-number", this.recoveryKey)).contains("Choose one of the analysts");
		assertThat(Jsoup.parse(fresh.get("/admin/reports/" + report).body()).text())
			.contains("was not shared with you");

		assertThat(grant(admin, id, this.recoveryKey.toLowerCase())).contains("Access granted to");
		assertThat(Jsoup.parse(fresh.get("/admin/reports/" + report).body()).select(".desk-content").text())
			.contains("what regrant");
		assertThat(this.jdbc.sql("select count(*) from identity_audit where action = 'RECOVERY_KEY_USED'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void onlyAdministratorsReachTheSettings() {
		StaffBrowser analyst = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Andy", Role.ANALYST)
			.signIn(this.site);
		assertThat(analyst.get("/admin/reporting-settings").statusCode()).isEqualTo(403);
		assertThat(
				analyst.post("/admin/reporting-settings/recovery-key", Map.of("_csrf", analyst.csrf("/admin/reports")))
					.statusCode())
			.isEqualTo(403);
		assertThat(Jsoup.parse(analyst.get("/admin").body()).text()).doesNotContain("recovery key");
	}

	private String grant(StaffBrowser admin, String analyst, String key) {
		HttpResponse<String> answer = admin.post("/admin/reporting-settings/recovery-key/grant",
				Map.of("_csrf", admin.csrf("/admin/reporting-settings"), "analyst", analyst, "key", key));
		String location = answer.headers().firstValue("Location").orElseThrow();
		return Jsoup.parse(admin.get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "")).body())
			.select("[role=alert], [role=status]")
			.text();
	}

	/**
	 * A well-formed recovery key that is not this organisation's: 32 random bytes and
	 * their 2-byte SHA-256 check, in base32, as RecoveryKey documents its printed form.
	 */
	private static String otherOrganisationsKey() {
		byte[] key = new byte[34];
		new java.security.SecureRandom().nextBytes(key);
		try {
			byte[] check = java.security.MessageDigest.getInstance("SHA-256").digest(java.util.Arrays.copyOf(key, 32));
			key[32] = check[0];
			key[33] = check[1];
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		return new org.apache.commons.codec.binary.Base32().encodeAsString(key).replace("=", "");
	}

}
