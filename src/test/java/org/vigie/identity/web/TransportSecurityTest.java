package org.vigie.identity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffRepository;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site as deployed: an {@code https} public address, behind a TLS proxy on the same
 * host. Cookies are {@code Secure} and {@code __Host-} named, HSTS is on, and sign-in
 * throttles see each client behind the proxy, per address and per account, whatever
 * spelling of the address is used. (One context for all of it: changed properties make a
 * new one.)
 */
@SiteTest
@TestPropertySource(properties = { "vigie.site.base-url=https://vigie.example",
		"vigie.security.trusted-proxies=127.0.0.1, ::1", "vigie.test.context=https-behind-proxy" })
class TransportSecurityTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private StaffRepository staff;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/** The sign-in page shows once a first account exists. */
	@BeforeEach
	void firstAccount() {
		if (this.staff.count() == 0) {
			this.accounts.create("first@example.org", "First", "correct horse battery staple", Language.EN,
					Set.of(Role.ADMINISTRATOR), "test");
		}
	}

	@Test
	void theSessionCookieIsSecureAndHostOnly() {
		Attempt attempt = new Attempt("198.51.100.1", "/admin/login", "someone@example.org");

		assertThat(attempt.cookie).startsWith("__Host-vigie-session=")
			.contains("; Secure")
			.contains("; Path=/")
			.contains("; HttpOnly")
			.contains("; SameSite=Lax");
		assertThat(attempt.cookie.toLowerCase()).doesNotContain("domain=");
	}

	@Test
	void everyResponseAsksForHttpsOnlyForAYear() {
		for (String path : new String[] { "/fr/", "/admin/login", "/css/nothing.css" }) {
			assertThat(this.site.get(path).headers().firstValue("Strict-Transport-Security")).as(path)
				.contains("max-age=31536000 ; includeSubDomains");
		}
		assertThat(this.site.get("/fr/").headers().firstValue("Cache-Control"))
			.contains("public, max-age=0, must-revalidate");
	}

	@Test
	void eachClientBehindTheProxyHasItsOwnBucket() {
		for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS; i++) {
			assertThat(new Attempt("203.0.113.1", "/admin/login", "many" + i + "@example.org").location())
				.doesNotEndWith("throttled");
		}

		assertThat(new Attempt("203.0.113.1", "/admin/login", "one-more@example.org").location())
			.endsWith("/admin/login?error=throttled");
		assertThat(new Attempt("203.0.113.2", "/admin/login", "one-more@example.org").location())
			.doesNotEndWith("throttled");
	}

	@Test
	void oneAccountTriedFromOneAddressIsThrottledWithoutSlowingOthersThere() {
		for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS_PER_ACCOUNT; i++) {
			new Attempt("203.0.113.3", "/admin/login", "target@example.org");
		}

		assertThat(new Attempt("203.0.113.3", "/admin/login", " Target@Example.org").location())
			.endsWith("/admin/login?error=throttled");
		assertThat(new Attempt("203.0.113.3", "/admin/login", "colleague@example.org").location())
			.doesNotEndWith("throttled");
	}

	@Test
	void attemptsAreCountedWhateverSpellingOfTheAddress() {
		for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS_PER_ACCOUNT; i++) {
			new Attempt("203.0.113.4", (i % 2 == 0) ? "/admin/%6Cogin" : "/admin/password-%72eset",
					"spelled@example.org");
		}

		assertThat(new Attempt("203.0.113.4", "/admin/%6cogin", "spelled@example.org").location())
			.endsWith("/admin/login?error=throttled");
		assertThat(new Attempt("203.0.113.4", "/admin//login;x", "spelled@example.org").response.statusCode())
			.isEqualTo(400);
	}

	/**
	 * A sign-in form fetched and posted by one client behind the proxy. (The session
	 * cookie is {@code Secure}, so a cookie store would not send it back over the test's
	 * plain HTTP: it is carried by hand.)
	 */
	private final class Attempt {

		final String cookie;

		final HttpResponse<String> response;

		Attempt(String client, String path, String email) {
			HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(site.url("/admin/login")))
				.header("X-Forwarded-For", client)
				.header("X-Forwarded-Proto", "https"));
			this.cookie = form.headers().firstValue("Set-Cookie").orElse("");
			String csrf = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").attr("value");
			String body = "_csrf=" + encode(csrf) + "&email=" + encode(email) + "&password=wrong-password";
			this.response = send(HttpRequest.newBuilder(URI.create(site.url(path)))
				.header("X-Forwarded-For", client)
				.header("X-Forwarded-Proto", "https")
				.header("Cookie", this.cookie.substring(0, Math.max(0, this.cookie.indexOf(';'))))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		String location() {
			return this.response.headers().firstValue("Location").orElse("status " + this.response.statusCode());
		}

	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
