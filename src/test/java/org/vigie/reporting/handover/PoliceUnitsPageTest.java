package org.vigie.reporting.handover;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.openpgp.api.bc.BcOpenPGPApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.identity.ServerKeys;
import org.vigie.identity.audit.AuditEntry;
import org.vigie.identity.audit.AuditEntryRepository;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.reporting.ReportingTest;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The police units page: an administrator sees the organisation's signing key (its secret
 * part stored only sealed), adds units by pasting or uploading their key, sees each key's
 * fingerprint, disables a unit; every refused key or field says why and changes nothing;
 * each change is in the audit trail; nobody without the permission reaches the page.
 */
@ReportingTest
class PoliceUnitsPageTest {

	private static final String UNITS = "/admin/reporting-settings/units";

	private static final String PASSWORD = "correct horse battery staple";

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private Clock clock;

	@Autowired
	private AuditEntryRepository audit;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ServerKeys serverKeys;

	@Autowired
	private MessageSource messages;

	@Test
	void theOrganisationKeyIsShownAndDownloadableAndItsSecretIsStoredOnlySealed() throws Exception {
		StaffBrowser admin = signedIn(Role.ADMINISTRATOR);

		String shown = Jsoup.parse(admin.get(UNITS).body()).selectFirst("#organisation-fingerprint").text();
		HttpResponse<String> download = admin.get(UNITS + "/organisation-key.asc");

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		var certificate = new BcOpenPGPApi().readKeyOrCertificate().parseCertificate(download.body());
		assertThat(certificate.isSecretKey()).isFalse();
		assertThat(certificate.getSigningKeys()).isNotEmpty();
		assertThat(UnitKey.spaced(java.util.HexFormat.of().withUpperCase().formatHex(certificate.getFingerprint())))
			.isEqualTo(shown);
		Map<String, Object> stored = this.jdbc.queryForMap("select * from reporting_handover_key");
		String sealed = (String) stored.get("sealed_secret");
		assertThat(this.serverKeys.isSealed(sealed)).isTrue();
		assertThat(sealed).doesNotContain("PRIVATE KEY");
		assertThat(this.serverKeys.open(sealed, OrganisationKey.SEAL_CONTEXT)).contains("PRIVATE KEY BLOCK");
		assertThat(Jsoup.parse(signedIn(Role.ADMINISTRATOR).get(UNITS).body())
			.selectFirst("#organisation-fingerprint")
			.text()).as("made once, the same for everyone").isEqualTo(shown);
	}

	@Test
	void anAdministratorAddsAUnitByPastingItsKeyThenDisablesIt() {
		StaffBrowser admin = signedIn(Role.ADMINISTRATOR);
		var key = TestKeys.unit("Brigade A");

		HttpResponse<String> added = admin.submit(UNITS, UNITS, Map.of("name", "Brigade A " + System.nanoTime(),
				"contact", "+32 2 555 01 01", "key", TestKeys.publicPart(key)));

		assertThat(added.statusCode()).isEqualTo(302);
		String location = added.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("done=added");
		String id = location.replaceAll(".*#unit-", "");
		Document page = Jsoup.parse(admin.get(UNITS).body());
		assertThat(page.selectFirst("#unit-" + id).text()).contains("Brigade A", "+32 2 555 01 01",
				key.getPrettyFingerprint().replace("  ", " "), message("handover.unit.enabled"));
		assertThat(lastEntry("POLICE_UNIT_ADDED").getDetails())
			.contains(java.util.HexFormat.of().withUpperCase().formatHex(key.getFingerprint()));

		HttpResponse<String> disabled = admin.submit(UNITS, UNITS + "/" + id + "/disable", Map.of());

		assertThat(disabled.headers().firstValue("Location").orElse("")).contains("done=disabled");
		assertThat(Jsoup.parse(admin.get(UNITS).body()).selectFirst("#unit-" + id).text())
			.contains(message("handover.unit.disabled"));
		assertThat(lastEntry("POLICE_UNIT_DISABLED").getTarget()).contains("police unit " + id);
	}

	@Test
	void aUnitKeyCanBeUploadedAsAFile() {
		StaffBrowser admin = signedIn(Role.ADMINISTRATOR);
		var key = TestKeys.modernUnit("Brigade F");

		HttpResponse<String> added = admin.upload(UNITS, admin.csrf(UNITS), "keyFile", "brigade.asc",
				TestKeys.publicPart(key).getBytes(StandardCharsets.US_ASCII),
				Map.of("name", "Brigade F", "contact", "brigade-f@police.example"));

		assertThat(added.headers().firstValue("Location").orElse("")).contains("done=added");
		assertThat(admin.get(UNITS).body())
			.contains(UnitKey.spaced(java.util.HexFormat.of().withUpperCase().formatHex(key.getFingerprint())));
	}

	@Test
	void refusedKeysAndFieldsSayWhyAndChangeNothing() throws Exception {
		StaffBrowser admin = signedIn(Role.ADMINISTRATOR);
		String good = TestKeys.publicPart(TestKeys.unit("Good"));
		Map<String, String[]> cases = new LinkedHashMap<>();
		cases.put("secret", new String[] { "Unit", "tel", TestKeys.unit("S").toAsciiArmoredString(),
				"handover.key.refused.SECRET" });
		cases.put("sign only", new String[] { "Unit", "tel", TestKeys.publicPart(TestKeys.signOnly("S")),
				"handover.key.refused.CANNOT_ENCRYPT" });
		cases.put("expired", new String[] { "Unit", "tel", TestKeys.publicPart(TestKeys.expired("E")),
				"handover.key.refused.EXPIRED" });
		cases.put("revoked", new String[] { "Unit", "tel", TestKeys.publicPart(TestKeys.revoked("R")),
				"handover.key.refused.REVOKED" });
		cases.put("garbage",
				new String[] { "Unit", "tel", "<script>alert(1)</script>", "handover.key.refused.MALFORMED" });
		cases.put("two keys", new String[] { "Unit", "tel", good + good, "handover.key.refused.SEVERAL" });
		cases.put("huge", new String[] { "Unit", "tel", good + " ".repeat(70_000), "handover.key.refused.TOO_LARGE" });
		cases.put("no key", new String[] { "Unit", "tel", "", "handover.key.refused.EMPTY" });
		cases.put("no name", new String[] { " ", "tel", good, "handover.unit.problem.name" });
		cases.put("long name", new String[] { "x".repeat(201), "tel", good, "handover.unit.problem.name" });
		cases.put("control", new String[] { "Unit\u0000", "tel", good, "handover.unit.problem.name" });
		cases.put("two lines", new String[] { "Unit", "tel\nmore", good, "handover.unit.problem.contact" });
		int before = unitCount();
		for (var entry : cases.entrySet()) {
			String[] fields = entry.getValue();
			HttpResponse<String> answer = admin.submit(UNITS, UNITS,
					Map.of("name", fields[0], "contact", fields[1], "key", fields[2]));
			assertThat(answer.statusCode()).as(entry.getKey()).isEqualTo(200);
			assertThat(Jsoup.parse(answer.body()).select(".field-problem").text()).as(entry.getKey())
				.contains(message(fields[3], fields[3].endsWith("contact") ? 500 : 200));
		}
		assertThat(unitCount()).isEqualTo(before);
	}

	@Test
	void anUploadLargerThanTheFormTakesIsSentBackUnread() {
		StaffBrowser admin = signedIn(Role.ADMINISTRATOR);
		int before = unitCount();

		HttpResponse<String> answer = admin.upload(UNITS, admin.csrf(UNITS), "keyFile", "huge.asc",
				new byte[400 * 1024], Map.of("name", "Unit", "contact", "tel"));

		assertThat(answer.headers().firstValue("Location").orElse("")).endsWith(UNITS + "?problem=tooLarge");
		assertThat(Jsoup.parse(admin.get(UNITS + "?problem=tooLarge").body()).select("[role=alert]").text())
			.contains(message("handover.key.refused.TOO_LARGE"));
		assertThat(unitCount()).isEqualTo(before);
	}

	@Test
	void onlyThoseWhoConfigureTheLineReachThePage() {
		for (Set<Role> roles : List.of(Set.of(Role.ANALYST), Set.of(Role.EDITOR))) {
			StaffBrowser member = signedIn(roles.iterator().next());
			int before = unitCount();
			assertThat(member.get(UNITS).statusCode()).as(roles.toString()).isEqualTo(403);
			assertThat(member.get(UNITS + "/organisation-key.asc").statusCode()).isEqualTo(403);
			assertThat(member.post(UNITS, Map.of("_csrf", member.csrf("/admin/account"), "name", "U", "contact", "t",
					"key", TestKeys.publicPart(TestKeys.unit("U"))))
				.statusCode()).isEqualTo(403);
			assertThat(unitCount()).isEqualTo(before);
		}
	}

	private int unitCount() {
		return this.jdbc.queryForObject("select count(*) from reporting_police_unit", Integer.class);
	}

	private AuditEntry lastEntry(String action) {
		return this.audit.findAll()
			.stream()
			.filter((entry) -> entry.getAction().name().equals(action))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	private StaffBrowser signedIn(Role role) {
		StaffMember member = this.accounts.create("units" + System.nanoTime() + "@example.org", "Uma Units", PASSWORD,
				Language.EN, Set.of(role), "test");
		List<String> codes = SecondFactors.enrol(this.twoFactor, this.clock, member.getId());
		StaffBrowser browser = StaffBrowser.fromOwnAddress(this.site);
		browser.signIn(member.getEmail(), PASSWORD, codes.get(0));
		return browser;
	}

}
