package org.vigie.mobilisation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser without JavaScript, for mobilisation's public forms: it does not
 * follow redirects, posts as the same origin, and keeps any cookie it is given (so a test
 * can check that none is). Each supporter connects from a loopback address in a network
 * of its own (127.40.0.7 onwards, one /24 each), so the per-client and per-network limits
 * meant for one person are theirs alone.
 */
public final class Supporter {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private final int port;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private Supporter(int port, InetAddress from) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.localAddress(from)
			.build();
	}

	/** A supporter on a network of their own. */
	public static Supporter fromOwnNetwork(int port) {
		int n = ADDRESSES.getAndIncrement();
		try {
			return new Supporter(port,
					InetAddress.getByAddress(new byte[] { 127, (byte) (40 + n / 250), (byte) (n % 250), 7 }));
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The address of {@code path} on the server under test; full addresses stay. */
	public String url(String path) {
		return path.startsWith("http") ? path : "http://127.0.0.1:" + this.port + path;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET().build());
	}

	/** The page at {@code path}, which must answer 200. */
	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError(path + " answered " + response.statusCode());
		}
		return Jsoup.parse(response.body(), url(path));
	}

	/** Posts a form as the same origin. */
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

	/**
	 * The hidden fields of the first form matching {@code selector} on the page at
	 * {@code path} (its token, the honeypot left empty), to add the visible ones to.
	 */
	public static Map<String, String> hiddenFields(Document page, String selector) {
		Element form = page.selectFirst(selector);
		if (form == null) {
			throw new AssertionError("No form " + selector + " at " + page.location());
		}
		Map<String, String> fields = new LinkedHashMap<>();
		form.select("input[type=hidden]").forEach((input) -> fields.put(input.attr("name"), input.val()));
		return fields;
	}

	/** The action of the first form matching {@code selector}. */
	public static String action(Document page, String selector) {
		Element form = page.selectFirst(selector);
		if (form == null) {
			throw new AssertionError("No form " + selector + " at " + page.location());
		}
		return form.attr("action");
	}

	/** Whether the site ever gave this browser a cookie. */
	public boolean hasCookies() {
		return !this.cookies.getCookieStore().getCookies().isEmpty();
	}

	private HttpResponse<String> send(HttpRequest request) {
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
