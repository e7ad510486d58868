package org.vigie.learning.organisations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.vigie.TestClock;
import org.vigie.learning.Learner;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.study.Progress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager or a staff member in the tests: a {@link Learner} (no JavaScript, own
 * cookies) with the steps the organisation pages offer.
 */
final class Staff {

	static final String HOME = "/en/cards/organisations";

	final Learner browser;

	Staff(int port) {
		this.browser = new Learner(port);
	}

	/**
	 * Creates an organisation; the path of its dashboard and the invitation link's path.
	 */
	Created create(String name, String kind) {
		return createIn(HOME, name, kind);
	}

	/** Creates an organisation from the organisations' page in another language. */
	Created createIn(String homePath, String name, String kind) {
		Document home = this.browser.page(homePath);
		HttpResponse<String> sent = this.browser.post(homePath,
				Map.of("name", name, "kind", kind, "token", home.selectFirst("input[name=token]").val()));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
		Document page = Jsoup.parse(sent.body());
		return new Created(page.selectFirst("main a.button").attr("href"),
				URI.create(page.selectFirst("#invitation-link").val()).getPath());
	}

	/** Sends a form of a page with its token, plus {@code fields}. */
	HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
		Document document = this.browser.page(page);
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("token", document.selectFirst("form[action='" + action + "'] input[name=token]").val());
		return this.browser.post(action, all);
	}

	/** A new invitation link's path. */
	String renew(String organisation, String expiryDays) {
		HttpResponse<String> sent = submit(organisation, organisation + "/invitation", Map.of("expiry", expiryDays));
		assertThat(sent.statusCode()).isEqualTo(200);
		return URI.create(Jsoup.parse(sent.body()).selectFirst("#invitation-link").val()).getPath();
	}

	void assign(String organisation, Deck deck) {
		assertThat(submit(organisation, organisation + "/decks", Map.of("deck", deck.id().toString())).statusCode())
			.isEqualTo(302);
	}

	/** Joins by the link; answers the organisation's page address. */
	HttpResponse<String> join(String link, String name) {
		Document page = this.browser.page(link);
		return this.browser.post(link, Map.of("name", name, "token", page.selectFirst("input[name=token]").val()));
	}

	/**
	 * Answers the deck's due cards right, moving the clock on between answers, until the
	 * learner masters it.
	 */
	void master(Deck deck, DeckStore decks, Progress progress, UUID learner, TestClock clock) {
		String study = "/en/cards/" + deck.text(org.vigie.site.Language.EN).slug() + "/study";
		for (int i = 0; i < 60 && !progress.of(learner, deck, clock.instant(), clock.instant()).mastered(); i++) {
			Document page = this.browser.page(study);
			if (page.selectFirst("form.study-card__options") == null) {
				clock.advance(Duration.ofMinutes(11));
				continue;
			}
			Map<String, String> fields = Learner.questionFields(page);
			int right = decks.card(deck.id(), UUID.fromString(fields.get("card"))).orElseThrow().answer();
			fields.put("choice", Integer.toString(right));
			assertThat(this.browser.post(study, fields).statusCode()).isEqualTo(302);
			clock.advance(Duration.ofMinutes(11));
		}
		assertThat(progress.of(learner, deck, clock.instant(), clock.instant()).mastered()).isTrue();
	}

	/** Answers one card right. */
	void answerOne(Deck deck, DeckStore decks) {
		String study = "/en/cards/" + deck.text(org.vigie.site.Language.EN).slug() + "/study";
		Map<String, String> fields = Learner.questionFields(this.browser.page(study));
		fields.put("choice",
				Integer.toString(decks.card(deck.id(), UUID.fromString(fields.get("card"))).orElseThrow().answer()));
		assertThat(this.browser.post(study, fields).statusCode()).isEqualTo(302);
	}

	/** Where a response redirects to: its path and query. */
	static String location(HttpResponse<?> response) {
		URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : "");
	}

	/** Downloads a file with this browser's device key. */
	HttpResponse<byte[]> bytes(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.browser.url(path)))
			.timeout(Duration.ofSeconds(30));
		this.browser.deviceCookie()
			.ifPresent((cookie) -> request.header("Cookie", cookie.getName() + "=" + cookie.getValue()));
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A created organisation.
	 *
	 * @param path its dashboard
	 * @param link the invitation link's path
	 */
	record Created(String path, String link) {

	}

}
