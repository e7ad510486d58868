package org.vigie.learning;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A learner's browser without JavaScript: keeps its cookies, reads the question's form,
 * answers by one of its buttons, posts as the same origin unless told otherwise.
 * Redirects are not followed, so tests see them.
 */
public final class Learner {

	private final int port;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

	public Learner(int port) {
		this(port, null);
	}

	private Learner(int port, java.net.InetAddress from) {
		this.port = port;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(5));
		if (from != null) {
			builder.localAddress(from);
		}
		this.http = builder.build();
	}

	/**
	 * A learner connecting from a loopback address of its own (127.0.9.2 onwards), so
	 * that tests asking for many emails do not run into the per-network limits meant for
	 * one person, nor into each other's.
	 */
	public static Learner fromOwnAddress(int port) {
		int n = ADDRESSES.getAndIncrement();
		try {
			return new Learner(port, java.net.InetAddress
				.getByAddress(new byte[] { 127, 0, (byte) (9 + n / 250), (byte) (2 + n % 250) }));
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The address of {@code path} on the server under test; full addresses stay as they
	 * are.
	 */
	public String url(String path) {
		return path.startsWith("http") ? path : "http://127.0.0.1:" + this.port + path;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET().build());
	}

	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError(path + " answered " + response.statusCode());
		}
		return Jsoup.parse(response.body(), url(path));
	}

	public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded");
		request.headers((headers.length > 0) ? headers : new String[] { "Sec-Fetch-Site", "same-origin" });
		return send(request.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
	}

	/** The question's form on a study page: card, token and the options' values. */
	public static Map<String, String> questionFields(Document page) {
		Element form = page.selectFirst("form.study-card__options");
		if (form == null) {
			throw new AssertionError("No question on " + page.location() + ": " + page.select("h1").text());
		}
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[type=hidden]").forEach((input) -> fields.put(input.attr("name"), input.val()));
		return fields;
	}

	/** Answers the card shown at {@code studyPath} with option {@code choice}. */
	public HttpResponse<String> answer(String studyPath, int choice) {
		Map<String, String> fields = questionFields(page(studyPath));
		fields.put("choice", Integer.toString(choice));
		return post(studyPath, fields);
	}

	/** The device key cookie, if the browser has one. */
	public Optional<HttpCookie> deviceCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("vigie_cards"))
			.findFirst();
	}

	private <T> HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
