package org.vigie.site.web;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletResponse;
import org.vigie.site.PageCache;
import org.vigie.site.SharedPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.TestClock;
import org.vigie.content.ContentChanged;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Publication;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
@Import({ HttpCachingTest.Time.class, HttpCachingTest.Probes.class })
class HttpCachingTest {

	static final Instant START = Instant.parse("2026-11-22T12:00:00Z");

	@Autowired
	private TestClock clock;

	@Autowired
	private PostRepository posts;

	@Autowired
	private PageRepository pages;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private SiteClient site;

	@Autowired
	private PageCache cache;

	@Test
	void publicPagesCarryValidatorsAndAnswerConditionalRequestsWith304() {
		HttpResponse<String> first = this.site.get("/nl/nieuws");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=0, must-revalidate");
		HttpResponse<String> again = this.site.get("/nl/nieuws", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(this.site.get("/nl/nieuws", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
	}

	@Test
	void cachedPagesKeepTheirLanguageAndAnswerHeadRequests() throws Exception {
		this.site.get("/nl/beleidswerk");
		HttpResponse<String> hit = this.site.get("/nl/beleidswerk");
		assertThat(hit.headers().firstValue("Content-Language")).contains("nl");

		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		HttpResponse<String> head = client
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(this.site.url("/nl/beleidswerk")))
				.method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("ETag")).isEqualTo(hit.headers().firstValue("ETag"));
	}

	@Test
	void trackingParametersServeTheSamePage() {
		HttpResponse<String> plain = this.site.get("/fr/plaidoyer");
		HttpResponse<String> tagged = this.site.get("/fr/plaidoyer?utm_source=newsletter&fbclid=abc");

		assertThat(tagged.statusCode()).isEqualTo(200);
		assertThat(tagged.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
	}

	@Test
	void refusedCompressionIsRespected() {
		HttpResponse<byte[]> response = this.site.getBytes("/en/", "Accept-Encoding", "gzip;q=0, identity");

		assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
	}

	@Test
	void compressesPagesForClientsThatAcceptIt() throws IOException {
		HttpResponse<String> plain = this.site.get("/en/");
		HttpResponse<byte[]> gzipped = this.site.getBytes("/en/", "Accept-Encoding", "gzip");

		assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(gzipped.headers().allValues("Vary")).anyMatch((vary) -> vary.contains("Accept-Encoding"));
		assertThat(gzipped.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length / 2);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
		}
		String gzipEtag = gzipped.headers().firstValue("ETag").orElseThrow();
		assertThat(gzipEtag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
		assertThat(this.site.get("/en/", "Accept-Encoding", "gzip", "If-None-Match", gzipEtag).statusCode())
			.isEqualTo(304);
	}

	@Test
	void staticAssetsAreFingerprintedAndCachedForAYear() {
		Document home = this.site.page("/fr/");
		String css = home.selectFirst("link[rel=stylesheet]").attr("href");
		String js = home.selectFirst("script[src]").attr("src");

		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		assertThat(js).matches("/js/site-[0-9a-f]{32}\\.js");
		HttpResponse<String> asset = this.site.get(css);
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000").contains("public"));
	}

	@Test
	void aPageItsHandlerDidNotMarkAsSharedIsNeverServedFromTheCache() {
		HttpResponse<String> first = this.site.get("/fr/probe/personal");
		HttpResponse<String> second = this.site.get("/fr/probe/personal");

		assertThat(second.body()).isNotEqualTo(first.body());
		assertThat(second.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(second.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void aSharedPageWhoseHandlerSaysNoStoreIsNeverKept() {
		HttpResponse<String> first = this.site.get("/fr/probe/no-store");
		HttpResponse<String> second = this.site.get("/fr/probe/no-store");

		assertThat(second.body()).isNotEqualTo(first.body());
		assertThat(second.headers().firstValue("Cache-Control")).contains("no-store");
	}

	@Test
	void aPageThatReadsTheQueryStringIsNeverServedFromTheCache() {
		HttpResponse<String> first = this.site.get("/fr/probe/query?name=alice");
		HttpResponse<String> other = this.site.get("/fr/probe/query?name=bob");
		HttpResponse<String> again = this.site.get("/fr/probe/query?name=alice");

		assertThat(other.body()).startsWith("bob ");
		assertThat(again.body()).startsWith("alice ").isNotEqualTo(first.body());
	}

	@Test
	void sharedPagesAreKeptAndEvictedByTheirTagsOnly() {
		String campaign = this.site.get("/fr/probe/tagged/campaign").body();
		String event = this.site.get("/fr/probe/tagged/event").body();
		assertThat(this.site.get("/fr/probe/tagged/campaign").body()).isEqualTo(campaign);

		this.cache.evictTagged("probe-campaign");

		assertThat(this.site.get("/fr/probe/tagged/campaign").body()).isNotEqualTo(campaign);
		assertThat(this.site.get("/fr/probe/tagged/event").body()).isEqualTo(event);
	}

	@Test
	void readersWithASessionAreNeverServedFromTheCache() {
		String shared = this.site.get("/fr/probe/tagged/session").body();

		assertThat(this.site.get("/fr/probe/tagged/session", "Cookie", "JSESSIONID=abc").body()).isNotEqualTo(shared);
	}

	@Test
	void searchResultsAreValidatedPerQuery() {
		HttpResponse<String> search = this.site.get("/fr/recherche?q=traite");

		assertThat(search.headers().firstValue("ETag")).isPresent();
		assertThat(this.site.get("/fr/recherche?q=traite", "If-None-Match", search.headers().firstValue("ETag").get())
			.statusCode()).isEqualTo(304);
	}

	@Test
	void aPublicationShowsAtOnceInItsOwnLanguageOnly() {
		assertThat(this.site.page("/en/news").text()).doesNotContain("Cache test news");
		String frenchBefore = this.site.get("/fr/actualites").body();

		publish(new Post("cache-test", Language.EN, "cache-test-news", "Cache test news", "<p>Fresh.</p>",
				this.clock.instant()), this.clock.instant());

		assertThat(this.site.page("/en/news").select(".card__title").first().text()).isEqualTo("Cache test news");
		assertThat(this.site.page("/en/").text()).contains("Cache test news");
		assertThat(this.site.get("/fr/actualites").body()).isEqualTo(frenchBefore);
	}

	@Test
	void aScheduledPostAppearsWhenItsTimeComesWithoutAnyEdit() {
		Instant at = this.clock.instant().plus(Duration.ofHours(1));
		publish(new Post("scheduled-test", Language.NL, "gepland-bericht", "Gepland bericht", "<p>Later.</p>",
				this.clock.instant()), at);
		assertThat(this.site.page("/nl/nieuws").text()).doesNotContain("Gepland bericht");
		assertThat(this.site.get("/nl/nieuws/gepland-bericht").statusCode()).isEqualTo(404);

		this.clock.advance(Duration.ofHours(2));

		assertThat(this.site.page("/nl/nieuws").select(".card__title").first().text()).isEqualTo("Gepland bericht");
		assertThat(this.site.get("/nl/nieuws/gepland-bericht").statusCode()).isEqualTo(200);
		assertThat(this.site.page("/nl/zoeken?q=gepland").select(".hit")).hasSize(1);
		assertThat(this.site.page("/nl/zoeken?q=Gepland").select(".hit")).hasSize(1);
	}

	@Test
	void aPageAddedToTheMenuShowsInTheMenuOfEveryPageAtOnceAndGoesWhenRemoved() {
		assertThat(this.site.page("/en/news").select(".main-nav a").eachText()).doesNotContain("Menu test");

		Page page = this.transactions.execute((status) -> {
			Page created = new Page("menu-test", Language.EN, "menu-test", "Menu test", "<p>In the menu.</p>",
					this.clock.instant());
			created.setInMenu(true);
			created.setPublication(Publication.publishedAt(this.clock.instant(), this.clock.instant()));
			Page saved = this.pages.save(created);
			this.events.publishEvent(new ContentChanged(ContentChanged.Kind.PAGE, saved.getId()));
			return saved;
		});
		assertThat(this.site.page("/en/news").select(".main-nav a").eachText()).contains("Menu test");
		assertThat(this.site.page("/en/menu-test").select(".main-nav a[aria-current=page]").eachText())
			.containsExactly("Menu test");
		assertThat(this.site.page("/nl/nieuws").select(".main-nav a").eachText()).doesNotContain("Menu test");

		this.transactions.executeWithoutResult((status) -> {
			Page renamed = this.pages.findById(page.getId()).orElseThrow();
			renamed.edit("Menu renamed", "menu-test", null, "<p>In the menu.</p>", this.clock.instant());
			this.events.publishEvent(new ContentChanged(ContentChanged.Kind.PAGE, page.getId()));
		});
		assertThat(this.site.page("/en/news").select(".main-nav a").eachText()).contains("Menu renamed")
			.doesNotContain("Menu test");

		this.transactions.executeWithoutResult((status) -> {
			this.pages.deleteById(page.getId());
			this.events.publishEvent(new ContentChanged(ContentChanged.Kind.PAGE, page.getId()));
		});
		assertThat(this.site.page("/en/news").select(".main-nav a").eachText()).doesNotContain("Menu renamed");
	}

	private void publish(Post post, Instant at) {
		this.transactions.executeWithoutResult((status) -> {
			post.setPublication(Publication.publishedAt(at, this.clock.instant()));
			Post saved = this.posts.save(post);
			this.events.publishEvent(new ContentChanged(ContentChanged.Kind.POST, saved.getId()));
		});
	}

	/**
	 * Public addresses whose answers change at every rendering, to see what is cached.
	 */
	@RestController
	static class Probes {

		private final AtomicLong renderings = new AtomicLong();

		@GetMapping(path = "/fr/probe/personal", produces = "text/html")
		String personal() {
			return "personal " + this.renderings.incrementAndGet();
		}

		@GetMapping(path = "/fr/probe/no-store", produces = "text/html")
		String noStore(HttpServletResponse response) {
			SharedPage.mark("probe");
			response.setHeader("Cache-Control", "no-store");
			return "no-store " + this.renderings.incrementAndGet();
		}

		@GetMapping(path = "/fr/probe/query", produces = "text/html")
		String query(@RequestParam String name) {
			SharedPage.mark("probe");
			return name + " " + this.renderings.incrementAndGet();
		}

		@GetMapping(path = "/fr/probe/tagged/{tag}", produces = "text/html")
		String tagged(@PathVariable String tag) {
			SharedPage.mark("probe", "probe-" + tag);
			return tag + " " + this.renderings.incrementAndGet();
		}

	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(START);
		}

	}

}
