package org.vigie;

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

/**
 * A staff member's browser: keeps cookies, reads CSRF tokens from forms and submits them.
 */
public class StaffBrowser {

	private final SiteClient site;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

	public StaffBrowser(SiteClient site) {
		this(site, null);
	}

	private StaffBrowser(SiteClient site, java.net.InetAddress from) {
		this.site = site;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER);
		if (from != null) {
			builder.localAddress(from);
		}
		this.http = builder.build();
	}

	/**
	 * A browser connecting from a loopback address of its own (127.0.1.2 onwards), so
	 * that a context whose tests sign in many times does not run into the per-address
	 * sign-in throttle meant for one person.
	 */
	public static StaffBrowser fromOwnAddress(SiteClient site) {
		int n = ADDRESSES.getAndIncrement();
		try {
			return new StaffBrowser(site, java.net.InetAddress
				.getByAddress(new byte[] { 127, 0, (byte) (1 + n / 250), (byte) (2 + n % 250) }));
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.site.url(path))).GET());
	}

	/**
	 * Opens the page holding the form, then submits it with its CSRF token and these
	 * fields.
	 */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		Element form = Jsoup.parse(get(formPage).body()).selectFirst("form[action=" + action + "]");
		Map<String, String> values = new LinkedHashMap<>();
		if (form != null && form.selectFirst("input[name=_csrf]") != null) {
			values.put("_csrf", form.selectFirst("input[name=_csrf]").attr("value"));
		}
		values.putAll(fields);
		return post(action, values);
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.site.url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> signIn(String email, String password) {
		return submit("/admin/login", "/admin/login", Map.of("email", email, "password", password));
	}

	/**
	 * Signs in with the password, then the second factor (an app code or a recovery
	 * code); returns the answer to the second step.
	 */
	public HttpResponse<String> signIn(String email, String password, String code) {
		signIn(email, password);
		return submit("/admin/two-factor", "/admin/two-factor", Map.of("code", code));
	}

	/** The CSRF token of the first form on a page. */
	public String csrf(String formPage) {
		Element token = Jsoup.parse(get(formPage).body()).selectFirst("input[name=_csrf]");
		return (token != null) ? token.attr("value") : "";
	}

	/**
	 * Posts one file as {@code multipart/form-data}, with the CSRF token as a form field
	 * (never in the address, where logs and the {@code Referer} would keep it).
	 */
	public HttpResponse<String> upload(String path, String csrf, String field, String fileName, byte[] content,
			Map<String, String> fields) {
		String boundary = "----vigie" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>();
		all.put("_csrf", csrf);
		all.putAll(fields);
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.site.url(path)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public String sessionId() {
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
