package org.vigie.reporting.handover;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bouncycastle.openpgp.api.OpenPGPKey;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.identity.audit.AuditEntry;
import org.vigie.identity.audit.AuditEntryRepository;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.media.TestImages;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.ImageCleaner;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Status;
import org.vigie.reporting.reports.Upload;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-over journey in the back-office, four eyes: analyst A prepares a package from
 * a report (contact details offered only under the reporter's consent), A cannot approve
 * it, analyst B approves it, the package is downloaded, the unit decrypts it with its own
 * key and the signature verifies against the organisation's published key; a rejection
 * keeps its reason; the audit trail records each step without anything the reporter
 * wrote.
 */
@ReportingTest
class HandoverJourneyTest {

	private static final String HANDOVERS = "/admin/reports/handovers";

	private static final String UNITS = "/admin/reporting-settings/units";

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private Clock clock;

	@Autowired
	private Reports reports;

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private AuditEntryRepository audit;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MessageSource messages;

	private final OpenPGPKey unitKey = TestKeys.unit("Child protection unit");

	private StaffBrowser admin;

	private String unitId;

	@BeforeEach
	void lineIsOpenWithAUnit() {
		ReportingFixtures.recoveryKey(this.recovery);
		this.admin = signedIn(this.accounts.create("admin-" + UUID.randomUUID() + "@example.org", "Adele Admin",
				ReportingFixtures.PASSWORD, Language.EN, Set.of(Role.ADMINISTRATOR), "test"));
		HttpResponse<String> added = this.admin.submit(UNITS, UNITS, Map.of("name", "Child protection unit", "contact",
				"+32 2 555 00 00", "key", TestKeys.publicPart(this.unitKey)));
		this.unitId = added.headers().firstValue("Location").orElseThrow().replaceAll(".*#unit-", "");
	}

	@Test
	void aSecondAnalystApprovesAndTheUnitDecryptsTheSignedPackage() throws Exception {
		StaffMember ana = ReportingFixtures.analyst(this.accounts, "Ana");
		StaffMember bob = ReportingFixtures.analyst(this.accounts, "Bob");
		StaffBrowser anaBrowser = signedIn(ana);
		StaffBrowser bobBrowser = signedIn(bob);
		String marker = "hv" + System.nanoTime();
		Upload photo = ImageCleaner.clean(TestImages.photoWithGps(64, 48));
		UUID report = this.reports.submit(ReportingFixtures.report(marker, FollowUp.CONSENT), List.of(photo)).id();

		Document form = Jsoup.parse(anaBrowser.get(HANDOVERS + "/new?report=" + report).body());
		assertThat(form.select("input[name=fields]").eachAttr("value")).contains("CONTACT", "WHAT", "IMAGES");
		String show = prepare(anaBrowser, report, List.of("WHAT", "PLACE", "CONTACT", "IMAGES"));

		HttpResponse<String> own = anaBrowser.post(show + "/approve", Map.of("_csrf", anaBrowser.csrf(show)));
		assertThat(Jsoup.parse(own.body()).select("[role=alert]").text())
			.isEqualTo(message("handover.refused.OWN_HANDOVER"));
		assertThat(Jsoup.parse(anaBrowser.get(show).body()).select("form[action=" + show + "/approve]")).isEmpty();
		assertThat(anaBrowser.get(show + "/package").statusCode()).isEqualTo(404);

		HttpResponse<String> approved = bobBrowser.submit(show, show + "/approve", Map.of());
		assertThat(approved.headers().firstValue("Location").orElse("")).endsWith(show + "?done=approved");
		Document page = Jsoup.parse(bobBrowser.get(show).body());
		assertThat(page.selectFirst("#handover-status").text()).isEqualTo(message("handover.status.APPROVED"));
		HttpResponse<byte[]> download = this.site.getBytes(show + "/package", "Cookie",
				"JSESSIONID=" + bobBrowser.sessionId());
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".zip.pgp");
		byte[] file = download.body();
		assertThat(HandoverPackager.sha256(file)).isEqualTo(page.selectFirst("#handover-sha256").text());

		OpenedPackage opened = OpenedPackage.open(file, this.unitKey,
				this.admin.get(UNITS + "/organisation-key.asc").body());
		assertThat(opened.signedByOrganisation()).isTrue();
		assertThat(opened.manifestMatches()).isTrue();
		assertThat(opened.manifest().get("preparedBy").asString()).isEqualTo(ana.getEmail());
		assertThat(opened.manifest().get("approvedBy").asString()).isEqualTo(bob.getEmail());
		assertThat(opened.manifest().get("report").asString()).isEqualTo(report.toString());
		String text = new String(opened.files().get("report.txt"), StandardCharsets.UTF_8);
		assertThat(text).contains("what " + marker, "city " + marker, marker + "@example.org")
			.doesNotContain("children " + marker, "adults " + marker);
		assertThat(opened.files().get("image-1.jpg")).isEqualTo(photo.bytes());
		assertThat(this.reports.summary(report).orElseThrow().status()).isEqualTo(Status.FORWARDED);
		assertThat(actions(report)).contains("HANDOVER_PREPARED", "HANDOVER_APPROVED", "HANDOVER_DOWNLOADED");
		assertThat(this.audit.findAll()).noneMatch((entry) -> mentions(entry, marker));
	}

	@Test
	void contactDetailsAreNeitherOfferedNorTakenWithoutTheReportersConsent() {
		StaffMember ana = ReportingFixtures.analyst(this.accounts, "Ana");
		StaffBrowser anaBrowser = signedIn(ana);
		UUID report = this.reports.submit(ReportingFixtures.report("nc" + System.nanoTime(), FollowUp.RELAY), List.of())
			.id();
		int before = handoverCount();

		Document form = Jsoup.parse(anaBrowser.get(HANDOVERS + "/new?report=" + report).body());
		assertThat(form.select("input[name=fields]").eachAttr("value")).contains("WHAT").doesNotContain("CONTACT");
		HttpResponse<String> hostile = anaBrowser.post(HANDOVERS, Map.of("_csrf", anaBrowser.csrf(HANDOVERS), "report",
				report.toString(), "unit", this.unitId, "fields", "CONTACT"));

		assertThat(hostile.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(hostile.body()).select("[role=alert]").text())
			.isEqualTo(message("handover.refused.CONTACT_WITHOUT_CONSENT"));
		assertThat(handoverCount()).isEqualTo(before);
	}

	@Test
	void aRejectionKeepsItsReasonOutOfTheAuditTrailAndEndsTheHandover() {
		StaffMember ana = ReportingFixtures.analyst(this.accounts, "Ana");
		StaffMember bob = ReportingFixtures.analyst(this.accounts, "Bob");
		StaffBrowser anaBrowser = signedIn(ana);
		StaffBrowser bobBrowser = signedIn(bob);
		UUID report = this.reports.submit(ReportingFixtures.report("rj" + System.nanoTime()), List.of()).id();
		String show = prepare(anaBrowser, report, List.of("WHAT"));
		String reason = "Too vague for the unit " + System.nanoTime();

		HttpResponse<String> empty = bobBrowser.submit(show, show + "/reject", Map.of("reason", "  "));
		assertThat(Jsoup.parse(empty.body()).select("[role=alert]").text())
			.isEqualTo(message("handover.refused.REASON"));
		bobBrowser.submit(show, show + "/reject", Map.of("reason", reason));

		Document page = Jsoup.parse(anaBrowser.get(show).body());
		assertThat(page.selectFirst("#handover-status").text()).isEqualTo(message("handover.status.REJECTED"));
		assertThat(page.selectFirst("#handover-reason").text()).isEqualTo(reason);
		HttpResponse<String> late = bobBrowser.post(show + "/approve", Map.of("_csrf", bobBrowser.csrf(HANDOVERS)));
		assertThat(Jsoup.parse(late.body()).select("[role=alert]").text())
			.isEqualTo(message("handover.refused.DECIDED"));
		assertThat(bobBrowser.get(show + "/package").statusCode()).isEqualTo(404);
		assertThat(actions(report)).contains("HANDOVER_REJECTED").doesNotContain("HANDOVER_APPROVED");
		assertThat(this.audit.findAll()).noneMatch((entry) -> mentions(entry, reason));
	}

	@Test
	void staffWithoutTheHandOverPermissionReachNoHandover() {
		StaffBrowser editor = signedIn(this.accounts.create("ed-" + UUID.randomUUID() + "@example.org", "Ed",
				ReportingFixtures.PASSWORD, Language.EN, Set.of(Role.EDITOR), "test"));

		assertThat(editor.get(HANDOVERS).statusCode()).isEqualTo(403);
		assertThat(editor.get(HANDOVERS + "/1/package").statusCode()).isEqualTo(403);
	}

	private String prepare(StaffBrowser browser, UUID report, List<String> fields) {
		String form = HANDOVERS + "/new?report=" + report;
		Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("_csrf", browser.csrf(form));
		values.put("report", report.toString());
		values.put("unit", this.unitId);
		HttpResponse<String> prepared = browser.post(HANDOVERS + "?"
				+ fields.stream().map((field) -> "fields=" + field).collect(java.util.stream.Collectors.joining("&")),
				values);
		String location = prepared.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("done=prepared");
		return location.replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
	}

	private List<String> actions(UUID report) {
		return this.audit.findAll()
			.stream()
			.filter((entry) -> ("report " + report).equals(entry.getTarget()))
			.map((entry) -> entry.getAction().name())
			.toList();
	}

	private static boolean mentions(AuditEntry entry, String text) {
		return String.valueOf(entry.getTarget()).contains(text) || String.valueOf(entry.getDetails()).contains(text);
	}

	private int handoverCount() {
		return this.jdbc.queryForObject("select count(*) from reporting_handover", Integer.class);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	private StaffBrowser signedIn(StaffMember member) {
		List<String> codes = SecondFactors.enrol(this.twoFactor, this.clock, member.getId());
		StaffBrowser browser = StaffBrowser.fromOwnAddress(this.site);
		browser.signIn(member.getEmail(), ReportingFixtures.PASSWORD, codes.get(0));
		return browser;
	}

}
