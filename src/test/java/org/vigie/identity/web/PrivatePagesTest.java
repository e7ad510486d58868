package org.vigie.identity.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back-office and personal pages are never kept by a browser or a proxy, whoever asks for
 * them; public pages keep their shared caching. Served over {@code http}, the site sends
 * no HSTS and its session cookie keeps its plain name.
 */
@SiteTest
@TestPropertySource(properties = "vigie.test.context=content-admin")
class PrivatePagesTest {

	private static final String PASSWORD = "correct horse battery staple";

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Test
	void personalPagesOfAnonymousVisitorsAreNeverStored() {
		StaffBrowser anonymous = new StaffBrowser(this.site);
		for (String path : new String[] { "/admin/login", "/admin/setup", "/admin/password-reset",
				"/admin/password-reset/new?token=unknown", "/admin/invitation?token=unknown", "/admin/audit" }) {
			assertThat(anonymous.get(path).headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
		}
	}

	@Test
	void theSecondFactorSecretRecoveryCodesAuditTrailAndStaffListAreNeverStored() throws Exception {
		String email = "private" + System.nanoTime() + "@example.org";
		this.accounts.create(email, "Pia Private", PASSWORD, Language.EN, Set.of(Role.ADMINISTRATOR), "test");
		StaffBrowser browser = new StaffBrowser(this.site);
		assertThat(noStore(browser.signIn(email, PASSWORD))).isTrue();
		HttpResponse<String> enrolment = browser.get("/admin/two-factor");
		assertThat(noStore(enrolment)).isTrue();
		String secret = Jsoup.parse(enrolment.body()).selectFirst("code.secret").text().replace(" ", "");

		HttpResponse<String> codes = browser.submit("/admin/two-factor", "/admin/two-factor",
				Map.of("code", totp(secret)));

		assertThat(Jsoup.parse(codes.body()).select(".recovery-codes code")).isNotEmpty();
		assertThat(noStore(codes)).isTrue();
		for (String path : new String[] { "/admin", "/admin/account", "/admin/audit", "/admin/staff", "/admin/posts",
				"/admin/media", "/admin/import" }) {
			HttpResponse<String> page = browser.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
		}
	}

	@Test
	void publicPagesKeepTheirCachingAndPlainHttpGetsNoHsts() {
		HttpResponse<String> home = this.site.get("/fr/");
		HttpResponse<String> login = this.site.get("/admin/login");

		assertThat(home.headers().firstValue("Cache-Control")).contains("public, max-age=0, must-revalidate");
		assertThat(home.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn("nobody@example.org", PASSWORD);
		assertThat(browser.sessionId()).isNotNull();
	}

	private static boolean noStore(HttpResponse<String> response) {
		return response.headers().allValues("Cache-Control").equals(java.util.List.of("no-store"));
	}

	private static String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), Instant.now());
	}

}
