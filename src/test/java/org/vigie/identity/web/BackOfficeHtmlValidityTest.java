package org.vigie.identity.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office pages, from signing in to the editors' lists and forms, are valid HTML
 * by the W3C Nu HTML Checker. Shares its application with
 * {@link BackOfficeAccessibilityTest}.
 */
@SiteTest
@TestPropertySource(properties = "vigie.test.context=back-office-browser")
class BackOfficeHtmlValidityTest {

	private static final String PASSWORD = "correct horse battery staple";

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Test
	void backOfficePagesAreValidHtml() throws Exception {
		StaffBrowser browser = new StaffBrowser(this.site);
		List<String> errors = new ArrayList<>();
		StaffMember admin = this.accounts.create("valid@example.org", "Val", PASSWORD, Language.EN,
				Set.of(Role.ADMINISTRATOR), "test");
		String secret = this.twoFactor.newSecret();
		List<String> recoveryCodes = this.twoFactor.enrol(admin.getId(), secret, totp(secret)).orElseThrow();
		for (String path : List.of("/admin/login", "/admin/login?error=bad", "/admin/password-reset")) {
			errors.addAll(check(browser, path));
		}

		browser.signIn("valid@example.org", PASSWORD);
		errors.addAll(check(browser, "/admin/two-factor"));
		HttpResponse<String> signedIn = browser.submit("/admin/two-factor", "/admin/two-factor",
				Map.of("code", recoveryCodes.get(0)));
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));

		for (String path : List.of("/admin", "/admin/audit", "/admin/staff", "/admin/account", "/admin/posts",
				"/admin/posts/new", "/admin/pages", "/admin/pages/new", "/admin/categories", "/admin/media",
				"/admin/import")) {
			errors.addAll(check(browser, path));
		}
		// The audit chain's head: downloaded as one line, then checked against the chain.
		String exported = browser.get("/admin/audit/head.txt").body().strip();
		assertThat(exported).matches("vigie-audit-head [0-9]+ [0-9a-f]{64} \\S+");
		errors.addAll(check(browser, "/admin/audit/head"));
		String checkPath = "/admin/audit/head?check="
				+ java.net.URLEncoder.encode(exported, java.nio.charset.StandardCharsets.UTF_8);
		errors.addAll(check(browser, checkPath));
		assertThat(Jsoup.parse(browser.get(checkPath).body()).select("[role=status]").text())
			.contains("still part of the chain");
		String firstPost = Jsoup.parse(browser.get("/admin/posts").body())
			.select("a[href^=/admin/posts/]")
			.eachAttr("href")
			.stream()
			.filter((href) -> href.matches("/admin/posts/[0-9]+"))
			.findFirst()
			.orElseThrow();
		errors.addAll(check(browser, firstPost));
		assertThat(errors).isEmpty();
	}

	private static List<String> check(StaffBrowser browser, String path) {
		HttpResponse<String> response = browser.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return HtmlChecker.check(path, response.body()).errorsNotingWarnings();
	}

	private static String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), Instant.now());
	}

}
