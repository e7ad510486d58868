package org.vigie.reporting.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page of the line says about itself: kept nowhere, loading nothing from
 * elsewhere, sending no referrer, setting no cookie, linking only relatively, light.
 */
@ReportingTest
class LinePagesTest {

	/** The most a page may weigh with everything it loads. */
	static final int MAX_WEIGHT = 200 * 1024;

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LineThrottle throttle;

	@Autowired
	private SiteClient site;

	@Value("${local.server.port}")
	private int port;

	private LineClient client;

	private Reporter reporter;

	@BeforeEach
	void lineIsOpen() {
		ReportingFixtures.recoveryKey(this.recovery);
		this.throttle.forget();
		this.client = new LineClient(this.port);
		this.reporter = new Reporter(this.client, this.clock);
	}

	@Test
	void everyPageIsPrivateStrictRelativeAndLight() throws java.io.IOException {
		List<String> weights = new ArrayList<>();
		for (Map.Entry<String, HttpResponse<String>> page : pages().entrySet()) {
			String label = page.getKey();
			HttpResponse<String> response = page.getValue();
			assertThat(response.headers().firstValue("Cache-Control")).as(label).hasValue("no-store");
			assertStrict(label, response.headers().firstValue("Content-Security-Policy").orElse(""));
			assertThat(response.headers().firstValue("Referrer-Policy")).as(label).hasValue("no-referrer");
			assertThat(response.headers().firstValue("Permissions-Policy")).as(label)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("geolocation=(self)"));
			assertThat(response.headers().allValues("Set-Cookie")).as(label).isEmpty();
			assertThat(response.headers().firstValue("Onion-Location")).as(label).isEmpty();
			Document document = Jsoup.parse(response.body());
			assertThat(document.select("style, [style]")).as(label).isEmpty();
			assertThat(document.select("script:not([src])")).as(label).isEmpty();
			assertThat(addresses(document)).as(label)
				.allSatisfy((address) -> assertThat(address).doesNotStartWith("/").doesNotContain("//"));
			assertThat(document.select("a[data-leave]")).as(label).hasSize(1);
			int weight = weight(label, response.body(), document);
			assertThat(weight).as(label).isLessThan(MAX_WEIGHT);
			weights.add(label + ": " + weight + " bytes");
		}
		// For whoever wants the figures: every page's weight with what it loads.
		java.nio.file.Files.write(java.nio.file.Path.of("target", "line-page-weights.txt"), weights);
	}

	@Test
	void theFirstPageOffersTheDirectorysReportingPoints() {
		Document page = Jsoup.parse(this.client.get("/en/report?incident=TH&residence=BE").body());
		assertThat(page.select("#country-incident option[selected]").val()).isEqualTo("TH");
		assertThat(page.select(".directory-group--line a").attr("href")).isEqualTo("../en/report/form");
		assertThat(page.select(".directory-group--emergency a[href^=tel:]")).isNotEmpty();
		assertThat(page.select(".directory-points a[href^=https:]")).isNotEmpty();
	}

	@Test
	void theHomePageLeadsToTheLine() {
		Document home = Jsoup.parse(this.site.get("/nl/").body());
		assertThat(home.select(".line-teaser a[href=/nl/melden]")).hasSize(1);
		assertThat(home.select(".line-teaser a[href=/nl/melden/opvolging]")).hasSize(1);
	}

	@Test
	void everyPageIsValidHtml() {
		List<String> errors = new ArrayList<>();
		pages().forEach(
				(label, response) -> errors.addAll(HtmlChecker.check(label, response.body()).errorsNotingWarnings()));
		HttpResponse<String> wrong = this.client.get(Reporter.FORM);
		Map<String, String> fields = LineClient.fields(wrong.body(), 0);
		this.clock.advance(Duration.ofSeconds(4));
		errors
			.addAll(HtmlChecker.check("errors", this.client.post(Reporter.FORM, fields).body()).errorsNotingWarnings());
		assertThat(errors).isEmpty();
	}

	@Test
	void reportsReachingTheOnionAddressAreCountedAsSuch() {
		HttpResponse<String> last = this.reporter.upTo(3, Reporter.answers("onion", "NONE"));
		Map<String, String> fields = LineClient.fields(last.body(), 0);
		fields.put("followUp", "NONE");
		this.clock.advance(Duration.ofSeconds(4));
		long before = onion();
		String body = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String answer = rawPost(Reporter.FORM, "abcdefghijklmnopabcdefghijklmnopabcdefghijklmnopabcdefgh.onion", body);
		assertThat(answer).startsWith("HTTP/1.1 200");
		assertThat(onion()).isEqualTo(before + 1);
	}

	/**
	 * A policy that allows nothing but this site: no inline code, no other host, frames
	 * and plugins refused.
	 */
	private static void assertStrict(String label, String policy) {
		assertThat(policy).as(label)
			.contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
					"base-uri 'none'", "form-action 'self'");
		for (String directive : policy.split(";")) {
			String[] words = directive.strip().split("\\s+");
			for (int i = 1; i < words.length; i++) {
				assertThat(words[i]).as(label + ": " + directive).isIn("'self'", "'none'");
			}
		}
	}

	/** Each page of the line, reached as a reporter reaches it. */
	private Map<String, HttpResponse<String>> pages() {
		Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
		for (String landing : LinePaths.LANDING) {
			pages.put(landing, this.client.get(landing));
		}
		pages.put("/en/report?incident=TH&residence=BE", this.client.get("/en/report?incident=TH&residence=BE"));
		pages.put("/fr/signaler?incident=ZZ&residence=<b>",
				this.client.get("/fr/signaler?incident=ZZ&residence=%3Cb%3E"));
		pages.put("form", this.client.get(Reporter.FORM));
		Map<String, String> answers = Reporter.answers("pages", "MESSAGES");
		HttpResponse<String> step = this.client.get(Reporter.FORM);
		for (int number = 1; number <= ReportForm.STEPS; number++) {
			step = this.reporter.send(step, number, answers, List.of());
			pages.put("after step " + number, step);
		}
		pages.put("follow-up", this.client.get("/nl/melden/opvolging"));
		pages.put("wrong receipt", this.reporter.typeReceipt("0000-0000-0000-0000-0000"));
		return pages;
	}

	private static List<String> addresses(Document document) {
		List<String> addresses = new ArrayList<>();
		for (Element element : document.select("[href], [src], [action]")) {
			// Leaving, and the directory's other reporting points, are links away from
			// the line.
			if (!element.hasAttr("data-leave") && element.closest(".directory-points") == null) {
				addresses.add(element.hasAttr("href") ? element.attr("href")
						: element.hasAttr("src") ? element.attr("src") : element.attr("action"));
			}
		}
		return addresses;
	}

	/** The page and every style sheet, script and image it loads, as served. */
	private int weight(String label, String html, Document document) {
		int weight = html.getBytes(StandardCharsets.UTF_8).length;
		URI page = URI.create("http://127.0.0.1/en/report/form");
		if (label.startsWith("/")) {
			page = URI.create("http://127.0.0.1" + label.split("\\?")[0]);
		}
		for (Element resource : document.select("link[href], script[src], img[src]")) {
			String address = resource.hasAttr("href") ? resource.attr("href") : resource.attr("src");
			String path = page.resolve(address).getPath();
			HttpResponse<byte[]> loaded = this.site.getBytes(path);
			assertThat(loaded.statusCode()).as(label + " loads " + path).isEqualTo(200);
			weight += loaded.body().length;
		}
		return weight;
	}

	private long onion() {
		return this.jdbc.sql("select count(*) from reporting_report where channel = 'ONION'")
			.query(Long.class)
			.single();
	}

	private String rawPost(String path, String host, String body) {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host
					+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nSec-Fetch-Site: same-origin\r\n"
					+ "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.write(bytes);
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
