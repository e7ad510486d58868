package org.vigie.advocacy.watch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.watch.sources.Fetched;
import org.vigie.advocacy.watch.sources.SourceChecks;
import org.vigie.advocacy.watch.sources.SourceFetcher;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source checks against a local HTTP server on 127.0.0.1 whose pages change between
 * checks. The shared context keeps private addresses refused; each test allows them on
 * the fetcher bean for its own duration (and puts the setting back), so no new context is
 * started.
 */
@AdvocacyTest
class SourceChecksTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private SourceChecks checks;

	@Autowired
	private SourceFetcher fetcher;

	@Autowired
	private WatchStore store;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Clock clock;

	private HttpServer server;

	private final AtomicReference<String> page = new AtomicReference<>();

	private final AtomicInteger status = new AtomicInteger(200);

	private final AtomicReference<byte[]> raw = new AtomicReference<>();

	private final AtomicReference<String> userAgent = new AtomicReference<>();

	@BeforeEach
	void serve() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
			byte[] body = (this.raw.get() != null) ? this.raw.get() : this.page.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(this.status.get(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			catch (IOException ex) {
				// the fetcher closed the connection on purpose (an oversized body)
			}
		});
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.start();
		this.fetcher.allowPrivateAddresses(true);
	}

	@AfterEach
	void stop() {
		this.fetcher.allowPrivateAddresses(false);
		this.server.stop(0);
	}

	private String address(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	private static String html(String stage) {
		return "<html><body><nav>Menu " + UUID.randomUUID() + "</nav><div id=\"stage\">  Stage:\n  " + stage
				+ " </div></body></html>";
	}

	private UUID watched(String path) {
		UUID file = this.store.create(
				WatchDrafts.draft("src-" + WatchDrafts.unique(), false, "never mailed", null, Map.of()), false, "test",
				this.clock.instant());
		return this.store.addSource(file, address(path), "#stage", true, this.clock.instant());
	}

	private int signals(UUID source) {
		return this.jdbc.sql("select count(*) from advocacy_watch_signal where source_id = ?")
			.param(source)
			.query(Integer.class)
			.single();
	}

	@Test
	void unchangedTextReportsNothingAndAChangeIsReportedOnceWithBothExcerpts() {
		Campaigners.Enrolled officer = Advocates.create(this.context, Language.EN);
		UUID source = watched("/procedure");
		this.page.set(html("Committee"));
		assertThat(this.checks.check(source)).as("the first check only learns the text").isEmpty();
		assertThat(this.userAgent.get()).isEqualTo(SourceFetcher.USER_AGENT);
		this.page.set(html("Committee"));
		assertThat(this.checks.check(source)).as("another menu, same watched text").isEmpty();
		assertThat(this.store.source(source).orElseThrow().health()).isEqualTo(Health.OK);
		assertThat(signals(source)).isZero();

		this.page.set(html("Plenary vote"));
		assertThat(this.checks.check(source)).contains(Health.CHANGED);
		assertThat(this.checks.check(source)).as("reported once per change").isEmpty();
		Source changed = this.store.source(source).orElseThrow();
		assertThat(changed.health()).isEqualTo(Health.CHANGED);
		assertThat(changed.previousExcerpt()).isEqualTo("Stage: Committee");
		assertThat(changed.excerpt()).isEqualTo("Stage: Plenary vote");
		assertThat(signals(source)).isEqualTo(1);

		List<MimeMessage> mails = new Mailbox(mail).await(officer.email(), 1);
		String text = Mailbox.text(mails.get(0));
		assertThat(text).contains("Stage: Committee", "Stage: Plenary vote", address("/procedure"))
			.doesNotContain("never mailed");
		assertThat(new Mailbox(mail).to(officer.email())).hasSize(1);

		var signed = Advocates.signIn(this.context, Language.EN);
		Document staff = Jsoup.parse(signed.browser().get("/admin/advocacy/watch/" + changed.fileId()).body());
		assertThat(staff.select("[data-source][data-health=CHANGED] [data-before]").text())
			.contains("Stage: Committee");
		assertThat(staff.select("[data-source][data-health=CHANGED] [data-after]").text())
			.contains("Stage: Plenary vote");
		String page = "/admin/advocacy/watch/" + changed.fileId();
		signed.browser().submit(page, page + "/sources/" + source + "/seen", Map.of());
		assertThat(this.store.source(source).orElseThrow().health()).isEqualTo(Health.OK);
	}

	@Test
	void aSelectorThatMatchesNothingIsReportedAsAChangeOfShape() {
		UUID source = watched("/bill");
		this.page.set(html("First reading"));
		this.checks.check(source);
		this.page.set("<html><body><main>Redesigned page</main></body></html>");
		assertThat(this.checks.check(source)).contains(Health.SHAPE_CHANGED);
		assertThat(this.checks.check(source)).isEmpty();
		Source shape = this.store.source(source).orElseThrow();
		assertThat(shape.health()).isEqualTo(Health.SHAPE_CHANGED);
		assertThat(shape.excerpt()).as("the last text seen is kept, not blanked").isEqualTo("Stage: First reading");
		assertThat(signals(source)).isEqualTo(1);
		var signed = Advocates.signIn(this.context, Language.EN);
		Document list = Jsoup.parse(signed.browser().get("/admin/advocacy/watch").body());
		assertThat(list.select("[data-source-health=SHAPE_CHANGED]").text()).contains("Source changed shape");
	}

	@Test
	void errorsMakeASourceUnreachableAfterThreeChecksInARow() {
		UUID source = watched("/gone");
		this.page.set("<html><body>Not found</body></html>");
		this.status.set(404);
		assertThat(this.checks.check(source)).isEmpty();
		assertThat(this.checks.check(source)).isEmpty();
		assertThat(this.store.source(source).orElseThrow().failures()).isEqualTo(2);
		assertThat(this.checks.check(source)).contains(Health.UNREACHABLE);
		assertThat(this.checks.check(source)).isEmpty();
		assertThat(this.store.source(source).orElseThrow().problem()).isEqualTo("advocacy.watch.problem.status");
		assertThat(signals(source)).isEqualTo(1);
		this.status.set(200);
		this.page.set(html("Back"));
		this.checks.check(source);
		assertThat(this.store.source(source).orElseThrow()).satisfies((back) -> {
			assertThat(back.health()).isEqualTo(Health.OK);
			assertThat(back.failures()).isZero();
		});
	}

	@Test
	void anOversizedPageIsRefusedCleanly() {
		UUID source = watched("/huge");
		byte[] huge = new byte[(int) this.fetcher.maxBytes() + 1024];
		java.util.Arrays.fill(huge, (byte) 'a');
		this.raw.set(huge);
		assertThat(this.checks.check(source)).contains(Health.REFUSED);
		assertThat(this.store.source(source).orElseThrow().problem()).isEqualTo("advocacy.watch.problem.tooLarge");
		this.raw.set(null);
	}

	@Test
	void privateAddressesAreRefusedUnlessAllowed() {
		UUID source = watched("/private");
		this.page.set(html("Committee"));
		this.fetcher.allowPrivateAddresses(false);
		assertThat(this.checks.check(source)).contains(Health.REFUSED);
		assertThat(this.store.source(source).orElseThrow().problem()).isEqualTo("advocacy.watch.problem.private");
		assertThat(this.userAgent.get()).as("nothing was requested").isNull();
		for (String address : List.of("http://localhost/", "http://10.0.0.1/", "http://169.254.169.254/latest/",
				"http://[::1]/", "http://192.168.1.1/", "ftp://example.org/")) {
			assertThat(this.fetcher.fetch(address)).as(address).isInstanceOf(Fetched.Refused.class);
		}
	}

	@Test
	void redirectsAreLimitedAndMustStayOnHttp() {
		this.server.createContext("/loop", (exchange) -> {
			exchange.getResponseHeaders().set("Location", "/loop");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		this.server.createContext("/elsewhere", (exchange) -> {
			exchange.getResponseHeaders().set("Location", "file:///etc/passwd");
			exchange.sendResponseHeaders(301, -1);
			exchange.close();
		});
		this.server.createContext("/moved", (exchange) -> {
			exchange.getResponseHeaders().set("Location", "/procedure");
			exchange.sendResponseHeaders(301, -1);
			exchange.close();
		});
		this.page.set(html("Adopted"));
		assertThat(this.fetcher.fetch(address("/loop")))
			.isEqualTo(new Fetched.Failed("advocacy.watch.problem.redirects"));
		assertThat(this.fetcher.fetch(address("/elsewhere")))
			.isEqualTo(new Fetched.Refused("advocacy.watch.problem.redirect"));
		assertThat(this.fetcher.fetch(address("/moved"))).isInstanceOfSatisfying(Fetched.Page.class,
				(page) -> assertThat(page.html()).contains("Adopted"));
	}

	@Test
	void aPageThatDoesNotAnswerInTimeIsAFailure() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		this.server.createContext("/slow", (exchange) -> {
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		SourceFetcher impatient = new SourceFetcher(true, Duration.ofMillis(300), 1024);
		try {
			assertThat(impatient.fetch(address("/slow")))
				.isEqualTo(new Fetched.Failed("advocacy.watch.problem.timeout"));
		}
		finally {
			release.countDown();
			impatient.destroy();
		}
	}

}
