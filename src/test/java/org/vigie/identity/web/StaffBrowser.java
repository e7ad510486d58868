package org.vigie.identity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.vigie.SiteClient;

/**
 * A staff member's browser: keeps cookies, reads CSRF tokens from forms and submits them.
 */
class StaffBrowser {

	private final SiteClient site;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	StaffBrowser(SiteClient site) {
		this.site = site;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.site.url(path))).GET());
	}

	/**
	 * Opens the page holding the form, then submits it with its CSRF token and these
	 * fields.
	 */
	HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		Element form = Jsoup.parse(get(formPage).body()).selectFirst("form[action=" + action + "]");
		Map<String, String> values = new LinkedHashMap<>();
		if (form != null && form.selectFirst("input[name=_csrf]") != null) {
			values.put("_csrf", form.selectFirst("input[name=_csrf]").attr("value"));
		}
		values.putAll(fields);
		return post(action, values);
	}

	HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.site.url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	HttpResponse<String> signIn(String email, String password) {
		return submit("/admin/login", "/admin/login", Map.of("email", email, "password", password));
	}

	String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
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
