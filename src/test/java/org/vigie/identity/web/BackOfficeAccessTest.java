package org.vigie.identity.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.SiteTest;
import org.vigie.identity.AuditAction;
import org.vigie.identity.Role;
import org.vigie.identity.audit.AuditEntryRepository;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffRepository;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office's doors: first setup with the one-time token, sign-in, lockout,
 * permissions, CSRF and sign-out. The tests share one application, so the setup test runs
 * first and the throttling test last.
 */
@SiteTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackOfficeAccessTest {

	private static final String ADMIN = "admin@example.org";

	private static final String PASSWORD = "correct horse battery staple";

	/** The administrator's recovery codes, shown once at enrolment. */
	private static final List<String> recoveryCodes = new ArrayList<>();

	@Autowired
	private SiteClient site;

	@Autowired
	private SetupToken token;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private StaffRepository staff;

	@Autowired
	private AuditEntryRepository audit;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private java.time.Clock clock;

	@Test
	@Order(1)
	void aFreshInstallIsSetUpOnlyWithTheTokenFromTheLog() {
		StaffBrowser browser = new StaffBrowser(this.site);
		assertThat(browser.get("/admin/setup").statusCode()).isEqualTo(200);

		HttpResponse<String> wrongToken = browser.submit("/admin/setup", "/admin/setup",
				setup("not-the-token", ADMIN, PASSWORD, PASSWORD));
		assertThat(wrongToken.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(wrongToken.body()).select("#token-problem").text()).contains("journal du serveur");
		assertThat(this.staff.count()).isZero();

		Document invalid = Jsoup.parse(browser
			.submit("/admin/setup", "/admin/setup", setup(this.token.current(), "not an address", "short", "other"))
			.body());
		assertThat(invalid.select(".field-problem")).hasSize(2);
		assertThat(invalid.selectFirst("#password").attr("value")).isEmpty();
		assertThat(this.staff.count()).isZero();

		HttpResponse<String> created = browser.submit("/admin/setup", "/admin/setup",
				setup(this.token.current(), " Admin@Example.org ", PASSWORD, PASSWORD));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?created"));
		assertThat(this.staff.findByEmail(ADMIN).orElseThrow().getPasswordHash()).startsWith("{argon2}$argon2id$");
		assertThat(browser.get("/admin/setup").statusCode()).isEqualTo(404);
		assertThat(actions()).contains(AuditAction.SETUP, AuditAction.STAFF_CREATED);
	}

	@Test
	@Order(2)
	void anAdministratorMustEnrolASecondFactorBeforeAnythingElse() throws Exception {
		StaffBrowser browser = new StaffBrowser(this.site);
		HttpResponse<String> password = browser.signIn(ADMIN, PASSWORD);
		assertThat(password.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/two-factor"));
		assertThat(browser.get("/admin/audit").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/two-factor"));

		Document enrolment = Jsoup.parse(browser.get("/admin/two-factor").body());
		assertThat(enrolment.select(".qr svg path")).hasSize(1);
		String secret = enrolment.selectFirst("code.secret").text().replace(" ", "");
		Document wrong = Jsoup
			.parse(browser.submit("/admin/two-factor", "/admin/two-factor", Map.of("code", "000000")).body());
		assertThat(wrong.select("#code-problem").text()).isNotBlank();

		Document codes = Jsoup
			.parse(browser.submit("/admin/two-factor", "/admin/two-factor", Map.of("code", totp(secret))).body());

		recoveryCodes.addAll(codes.select(".recovery-codes code").eachText());
		assertThat(recoveryCodes).hasSize(10).allMatch((code) -> code.matches("[a-z2-7]{5}-[a-z2-7]{5}"));
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
		assertThat(actions()).contains(AuditAction.SECOND_FACTOR_ENROLLED);
	}

	@Test
	@Order(3)
	void recoveryCodesWorkOnceEach() {
		String code = recoveryCodes.remove(0);
		StaffBrowser first = new StaffBrowser(this.site);
		first.signIn(ADMIN, PASSWORD);
		assertThat(first.submit("/admin/two-factor", "/admin/two-factor", Map.of("code", code.toUpperCase()))
			.headers()
			.firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));

		StaffBrowser second = new StaffBrowser(this.site);
		second.signIn(ADMIN, PASSWORD);
		assertThat(second.submit("/admin/two-factor", "/admin/two-factor", Map.of("code", code)).statusCode())
			.isEqualTo(200);
		assertThat(second.get("/admin").statusCode()).isEqualTo(302);
		assertThat(actions()).contains(AuditAction.RECOVERY_CODE_USED);
	}

	@Test
	@Order(4)
	void staffSignInWithTheirPasswordAndGetANewSessionInTheirLanguage() {
		StaffBrowser browser = new StaffBrowser(this.site);
		HttpResponse<String> wrong = browser.signIn(ADMIN, "wrong password!");
		assertThat(wrong.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=bad"));
		assertThat(Jsoup.parse(browser.get("/admin/login?error=bad").body()).select("[role=alert]").text())
			.isNotBlank();
		String before = browser.sessionId();

		signInAsAdministrator(browser);

		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		Document home = Jsoup.parse(browser.get("/admin").body());
		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("nl");
		assertThat(home.select("h1").text()).isEqualTo("Hallo Ada Admin");
		assertThat(actions()).contains(AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/admin", "/admin/", "/admin/audit", "/admin/audit?action=SIGN_IN", "/admin/nothing-here" })
	@Order(5)
	void anonymousVisitorsAreSentToSignIn(String path) {
		HttpResponse<String> response = this.site.get(path);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login"));
	}

	@Test
	@Order(6)
	void fiveFailuresLockAnAccountEvenAgainstTheRightPasswordWithTheSameAnswerAsAWrongOne() {
		this.accounts.create("locked@example.org", "Lou", PASSWORD, Language.EN, Set.of(Role.EDITOR), ADMIN);
		StaffBrowser browser = new StaffBrowser(this.site);
		for (int i = 0; i < 5; i++) {
			browser.signIn("locked@example.org", "guess number " + i);
		}

		HttpResponse<String> right = browser.signIn("locked@example.org", PASSWORD);

		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=bad"));
		assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(browser.get("/admin/login?error=locked").body()).select("[role=alert]")).isEmpty();
		assertThat(actions()).contains(AuditAction.LOCKED_OUT);
	}

	@Test
	@Order(7)
	void permissionsDecideWhoReadsTheAuditTrail() {
		var ari = this.accounts.create("author@example.org", "Ari", PASSWORD, Language.FR, Set.of(Role.AUTHOR), ADMIN);
		List<String> codes = SecondFactors.enrol(this.twoFactor, this.clock, ari.getId());
		StaffBrowser author = new StaffBrowser(this.site);
		author.signIn("author@example.org", PASSWORD, codes.get(0));
		assertThat(author.get("/admin").statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(author.get("/admin").body()).select("a[href=/admin/audit]")).isEmpty();
		assertThat(author.get("/admin/audit").statusCode()).isEqualTo(403);

		StaffBrowser admin = new StaffBrowser(this.site);
		signInAsAdministrator(admin);
		Document trail = Jsoup.parse(admin.get("/admin/audit?action=SIGN_IN&actor=author").body());
		assertThat(trail.select("[role=status]")).isEmpty();
		assertThat(Jsoup.parse(admin.get("/admin/audit?verify").body()).select("[role=status]").text())
			.startsWith("Keten intact");
		// Both steps of the author's one sign-in: the password, then the second factor.
		assertThat(trail.select("tbody tr")).hasSize(2);
		assertThat(trail.select("tbody tr td:nth-child(5)").eachText()).containsExactly("second factor",
				"password, second factor pending");
		assertThat(trail.select("tbody tr td").get(1).text()).isEqualTo("author@example.org");
	}

	@Test
	@Order(8)
	void formsWithoutTheirCsrfTokenAreRefused() {
		StaffBrowser browser = new StaffBrowser(this.site);

		assertThat(browser.post("/admin/login", Map.of("email", ADMIN, "password", PASSWORD)).statusCode())
			.isEqualTo(403);
		assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	@Order(9)
	void signingOutEndsTheSession() {
		StaffBrowser browser = new StaffBrowser(this.site);
		signInAsAdministrator(browser);

		HttpResponse<String> out = browser.submit("/admin", "/admin/logout", Map.of());

		assertThat(out.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?signedOut"));
		assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
		assertThat(actions()).contains(AuditAction.SIGN_OUT);
	}

	@Test
	@Order(10)
	void publicPagesSetNoCookieAndStayCacheable() {
		HttpResponse<String> home = this.site.get("/fr/");

		assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(home.headers().firstValue("Cache-Control")).contains("public, max-age=0, must-revalidate");
	}

	@Test
	@Order(99)
	void manyAttemptsFromOneAddressAreSlowedDown() {
		StaffBrowser browser = new StaffBrowser(this.site);
		for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS; i++) {
			browser.signIn("nobody-" + i + "@example.org", "whatever password");
		}

		HttpResponse<String> refused = browser.signIn(ADMIN, PASSWORD);

		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=throttled"));
	}

	/**
	 * Password, then a recovery code: app codes of one time step cannot be used twice.
	 */
	private void signInAsAdministrator(StaffBrowser browser) {
		browser.signIn(ADMIN, PASSWORD);
		HttpResponse<String> second = browser.submit("/admin/two-factor", "/admin/two-factor",
				Map.of("code", recoveryCodes.remove(0)));
		assertThat(second.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
	}

	private static String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), Instant.now());
	}

	private java.util.List<AuditAction> actions() {
		return this.audit.findAll(PageRequest.of(0, 500)).map((entry) -> entry.getAction()).getContent();
	}

	private static Map<String, String> setup(String token, String email, String password, String again) {
		Map<String, String> fields = new HashMap<>();
		fields.put("token", token);
		fields.put("email", email);
		fields.put("displayName", "Ada Admin");
		fields.put("password", password);
		fields.put("passwordAgain", again);
		fields.put("language", "nl");
		return fields;
	}

}
