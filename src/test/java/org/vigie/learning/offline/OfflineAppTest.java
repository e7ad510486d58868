package org.vigie.learning.offline;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.TestClock;
import org.vigie.learning.Learner;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.DeckStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installable app as a browser first meets it: the manifest linked from the cards'
 * pages, the service worker with its scope and headers, the offline page with and without
 * a learner, the deck's data with the learner's schedule.
 */
@LearningTest
class OfflineAppTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private DeckStore decks;

	@Autowired
	private TestClock clock;

	@Value("${local.server.port}")
	private int port;

	@BeforeEach
	void trialDeck() {
		LearningFixtures.trialDeck(this.decks);
		this.clock.set(Instant.now());
	}

	@Test
	void everyCardsPageLinksItsLanguagesManifest() {
		Learner learner = new Learner(this.port);
		assertThat(learner.page("/en/cards").select("link[rel=manifest]").attr("href"))
			.isEqualTo("/en/cards/manifest.webmanifest");
		assertThat(learner.page("/fr/cartes/essai").select("link[rel=manifest]").attr("href"))
			.isEqualTo("/fr/cartes/manifest.webmanifest");
		assertThat(learner.page("/nl/kaarten/proef/study").select("link[rel=manifest]").attr("href"))
			.isEqualTo("/nl/kaarten/manifest.webmanifest");
		String home = learner.get("/en").headers().firstValue("Location").orElse("/en");
		assertThat(learner.page(home.replaceFirst("^https?://[^/]+", "")).select("link[rel=manifest]")).isEmpty();
	}

	@Test
	void theManifestMakesTheOfflinePageAnInstallableApp() {
		HttpResponse<String> response = new Learner(this.port).get("/nl/kaarten/manifest.webmanifest");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/manifest+json");
		JsonNode manifest = JSON.readTree(response.body());
		assertThat(manifest.get("start_url").asString()).isEqualTo("/nl/kaarten/offline");
		assertThat(manifest.get("scope").asString()).isEqualTo("/nl/kaarten/");
		assertThat(manifest.get("display").asString()).isEqualTo("standalone");
		assertThat(manifest.get("lang").asString()).isEqualTo("nl");
		assertThat(manifest.get("name").asString()).contains("Bewustmakingskaarten");
		List<String> icons = new ArrayList<>();
		manifest.get("icons").forEach((icon) -> icons.add(icon.get("sizes").asString()));
		assertThat(icons).contains("192x192", "512x512", "any");
		manifest.get("icons").forEach((icon) -> {
			HttpResponse<String> image = new Learner(this.port).get(icon.get("src").asString());
			assertThat(image.statusCode()).as(icon.get("src").asString()).isEqualTo(200);
		});
	}

	@Test
	void theServiceWorkerIsNeverCachedAndKnowsItsShell() {
		HttpResponse<String> response = new Learner(this.port).get("/en/cards/service-worker.js");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
		assertThat(response.headers().allValues("Cache-Control")).anyMatch((value) -> value.contains("no-store"));
		assertThat(response.headers().firstValue("Service-Worker-Allowed")).hasValue("/en/cards/");
		String settings = response.body().substring("self.VIGIE_OFFLINE = ".length(), response.body().indexOf(";\n"));
		JsonNode shell = JSON.readTree(settings).get("shell");
		List<String> paths = new ArrayList<>();
		shell.forEach((path) -> paths.add(path.asString()));
		assertThat(paths).contains("/en/cards/offline", "/en/cards/manifest.webmanifest");
		assertThat(paths).anyMatch((path) -> path.matches("/js/learning-offline-[0-9a-f]+\\.js"));
		assertThat(paths).anyMatch((path) -> path.matches("/css/learning-cards-[0-9a-f]+\\.css"));
		for (String path : paths) {
			assertThat(new Learner(this.port).get(path).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void withoutAFirstAnswerTheOfflinePageSaysHowToStart() {
		Learner learner = new Learner(this.port);
		HttpResponse<String> response = learner.get("/en/cards/offline");
		assertThat(response.statusCode()).isEqualTo(200);
		assertValid("/en/cards/offline (new visitor)", response.body());
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("[data-offline-first]").text()).contains("answer one card of a deck online");
		assertThat(page.select("[data-offline-app]")).isEmpty();
		assertThat(page.select("script[src*=learning-offline]")).isEmpty();
		assertThat(page.select("[data-offline-online] a[href=/en/cards/trial]")).hasSize(1);
		assertThat(learner.get("/en/cards/offline/decks/trial.json").statusCode()).isEqualTo(401);
	}

	@Test
	void afterAFirstAnswerTheOfflinePageOffersTheDecks() {
		Learner learner = new Learner(this.port);
		HttpResponse<String> answered = learner.answer("/fr/cartes/essai/study", 0);
		assertThat(answered.headers().firstValue("Location").orElseThrow()).doesNotContain("webManifest");
		HttpResponse<String> response = learner.get("/fr/cartes/offline");
		assertValid("/fr/cartes/offline (learner)", response.body());
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("[data-offline-first]")).isEmpty();
		assertThat(page.select("[data-offline-nojs]").text()).contains("JavaScript");
		assertThat(page.select("[data-offline-app]").hasAttr("hidden")).isTrue();
		assertThat(page.select("[data-offline-app]").attr("data-sync")).isEqualTo("/fr/cartes/sync");
		assertThat(page.select("[data-offline-deck][data-slug=essai]").attr("data-src"))
			.isEqualTo("/fr/cartes/offline/decks/essai.json");
		assertThat(page.select("script[src*=learning-offline]")).hasSize(1);
		assertThat(page.select("link[rel=manifest]").attr("href")).isEqualTo("/fr/cartes/manifest.webmanifest");
		assertThat(page.select("link[hreflang=nl]").attr("href")).endsWith("/nl/kaarten/offline");
	}

	@Test
	void theDecksDataCarriesTheLearnersSchedule() {
		Learner learner = new Learner(this.port);
		learner.answer("/en/cards/trial/study", 0);
		HttpResponse<String> response = learner.get("/en/cards/offline/decks/trial.json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Cache-Control")).anyMatch((value) -> value.contains("no-store"));
		JsonNode deck = JSON.readTree(response.body());
		assertThat(deck.get("slug").asString()).isEqualTo("trial");
		assertThat(deck.get("newLeft").asInt()).isEqualTo(19);
		JsonNode cards = deck.get("cards");
		assertThat(cards.size()).isEqualTo(6);
		assertThat(cards.get(0).get("state").asString()).isEqualTo("LEARNING");
		assertThat(Instant.parse(cards.get(0).get("due").asString())).isAfter(this.clock.instant());
		assertThat(cards.get(0).get("options").get(0).asString()).isEqualTo("True");
		assertThat(cards.get(0).get("answer").asInt()).isEqualTo(1);
		assertThat(cards.get(0).get("report").asString()).isEqualTo("/en/report");
		assertThat(cards.get(0).get("explanation").asString()).isEqualTo("Card 1 explanation.");
		assertThat(cards.get(1).get("state").asString()).isEqualTo("NEW");
		assertThat(cards.get(1).path("due").isNull() || cards.get(1).path("due").isMissingNode()).isTrue();
		assertThat(cards.get(1).get("options").size()).isEqualTo(3);
		assertThat(learner.get("/en/cards/offline/decks/nothing.json").statusCode()).isEqualTo(404);
	}

	private static void assertValid(String label, String html) {
		assertThat(HtmlChecker.check(label, html).errorsNotingWarnings()).isEmpty();
	}

}
