package org.vigie.mobilisation.newsletter;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.consent.ConsentEntry;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader signs up from the footer of any page or from the newsletter's page: double
 * opt-in per language, the same answer whether the address is known or not, a confirmed
 * subscriber never made unconfirmed again, and bad or hostile posts refused with nothing
 * recorded.
 */
@MobilisationTest
class NewsletterSignupTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private People people;

	@Autowired
	private Subscribers subscriptions;

	@Autowired
	private ConsentLedger consents;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void forgetUnreadMail() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void everyPublicPageCarriesTheSameFooterFormWithoutAnyToken() {
		Supporter reader = Supporter.fromOwnNetwork(this.port);
		for (String path : List.of("/fr/", "/nl/", "/en/", "/fr/actualites", "/en/news", "/fr/lettre",
				"/fr/page-qui-n-existe-pas")) {
			HttpResponse<String> response = reader.get(path);
			Document page = Jsoup.parse(response.body());
			Element form = page.selectFirst("footer form[data-newsletter-form=footer-newsletter]");
			assertThat(form).as(path).isNotNull();
			String code = path.substring(1, 3);
			assertThat(form.attr("action")).as(path)
				.isEqualTo(Map.of("fr", "/fr/lettre", "nl", "/nl/nieuwsbrief", "en", "/en/newsletter").get(code));
			assertThat(form.select("input[type=hidden]")).as(path).isEmpty();
			assertThat(form.select("input[name=website_url]").parents().hasClass("hp-field")).isTrue();
			assertThat(form.select("input[type=checkbox][name^=topic_]")).hasSize(3);
			assertThat(form.select("input[type=email][name=email][required]")).hasSize(1);
		}
		String first = Jsoup.parse(reader.get("/en/").body()).select("footer").outerHtml();
		String again = Jsoup.parse(Supporter.fromOwnNetwork(this.port).get("/en/news").body())
			.select("footer")
			.outerHtml();
		assertThat(again).isEqualTo(first);
		assertThat(reader.hasCookies()).isFalse();
	}

	@Test
	void aReaderSubscribesFromTheFooterAndConfirmsByTheButton() {
		EmailAddress email = address("noor");
		Supporter reader = Supporter.fromOwnNetwork(this.port);
		HttpResponse<String> sent = reader.post("/nl/nieuwsbrief",
				footerForm(reader, "/nl/", email, "topic_news", "topic_events"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/nl/nieuwsbrief/verzonden");
		assertThat(reader.page("/nl/nieuwsbrief/verzonden").select("h1").text()).isEqualTo("Kijk in uw mailbox");

		MimeMessage message = new Mailbox(mail).await(email.value(), 1).get(0);
		assertThat(Mailbox.text(message)).contains("nieuws, evenementen").contains("/nl/in-actie/mijn-gegevens/");
		String link = Mailbox.link(message, "/bevestigen/");
		Subscription waiting = subscription(email, Language.NL);
		assertThat(waiting.confirmed()).isFalse();

		Document page = reader.page(link);
		assertThat(page.select("[data-what]").text()).contains("nieuws, evenementen");
		assertThat(subscription(email, Language.NL).confirmed()).isFalse();
		HttpResponse<String> confirmed = reader.post(Supporter.action(page, "form[data-auto-confirm]"), Map.of());
		assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/nl/nieuwsbrief/welkom");
		Subscription subscribed = subscription(email, Language.NL);
		assertThat(subscribed.confirmed()).isTrue();
		assertThat(subscribed.topics()).isEqualTo(new Topics(true, false, true));

		String wording = this.messages.getMessage("mobilisation.newsletter.consent", null, Language.NL.locale());
		List<ConsentEntry> ledger = this.consents.entries(subscribed.personId());
		assertThat(ledger).extracting(ConsentEntry::event)
			.containsExactly(ConsentEntry.Event.REQUESTED, ConsentEntry.Event.CONFIRMED);
		assertThat(ledger).allSatisfy((entry) -> {
			assertThat(entry.wording()).isEqualTo(wording);
			assertThat(entry.subject()).isEqualTo("nl");
		});
		reader.post(Supporter.action(page, "form[data-auto-confirm]"), Map.of());
		assertThat(this.consents.entries(subscribed.personId())).hasSize(2);
		assertThat(reader.hasCookies()).isFalse();
	}

	@Test
	void signingUpAgainAnswersTheSameAndNeverUnconfirmsAConfirmedSubscriber() {
		EmailAddress email = address("claire");
		Supporter reader = Supporter.fromOwnNetwork(this.port);
		reader.post("/fr/lettre", footerForm(reader, "/fr/", email, "topic_news"));
		confirm(new Mailbox(mail).await(email.value(), 1).get(0), reader);
		assertThat(subscription(email, Language.FR).topics()).isEqualTo(new Topics(true, false, false));

		Supporter stranger = Supporter.fromOwnNetwork(this.port);
		HttpResponse<String> known = stranger.post("/fr/lettre", footerForm(stranger, "/fr/", email, "topic_events"));
		HttpResponse<String> unknown = stranger.post("/fr/lettre",
				footerForm(stranger, "/fr/", address("nobody"), "topic_events"));
		assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(302);
		assertThat(known.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
		assertThat(known.body()).isEqualTo(unknown.body());
		Subscription still = subscription(email, Language.FR);
		assertThat(still.confirmed()).isTrue();
		assertThat(still.topics()).isEqualTo(new Topics(true, false, false));

		confirm(new Mailbox(mail).await(email.value(), 2).get(1), reader);
		Subscription changed = subscription(email, Language.FR);
		assertThat(changed.confirmed()).isTrue();
		assertThat(changed.topics()).isEqualTo(new Topics(false, false, true));
	}

	@Test
	void crossSitePostsBadAddressesAndMissingTopicsAreRefusedAndRecordNothing() {
		Supporter reader = Supporter.fromOwnNetwork(this.port);
		EmailAddress crossSite = address("cross");
		HttpResponse<String> fromElsewhere = reader.post("/fr/lettre",
				footerForm(reader, "/fr/", crossSite, "topic_news"), "Sec-Fetch-Site", "cross-site");
		assertThat(fromElsewhere.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(fromElsewhere.body()).select("[data-problem]").text()).contains("pas été envoyé");
		HttpResponse<String> oldBrowser = reader.post("/fr/lettre", footerForm(reader, "/fr/", crossSite, "topic_news"),
				"Origin", "https://evil.example");
		assertThat(oldBrowser.statusCode()).isEqualTo(403);
		assertThat(this.people.find(crossSite)).isEmpty();

		Map<String, String> control = footerForm(reader, "/fr/", address("ctl"), "topic_news");
		control.put("email", "lea@example.org\r\nBcc: victim@example.org");
		assertThat(reader.post("/fr/lettre", control).statusCode()).isEqualTo(400);
		Map<String, String> huge = footerForm(reader, "/fr/", address("huge"), "topic_news");
		huge.put("email", "a".repeat(5000) + "@example.org");
		HttpResponse<String> tooLong = reader.post("/fr/lettre", huge);
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(tooLong.body()).select("[data-problem]").text()).contains("adresse");
		assertThat(tooLong.body()).doesNotContain("aaaaaaaaaaaaaaaaaaaa");

		EmailAddress noTopic = address("notopic");
		HttpResponse<String> none = reader.post("/fr/lettre", footerForm(reader, "/fr/", noTopic));
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(none.body()).select("[data-problem]").text()).contains("au moins un sujet");
		assertThat(this.people.find(noTopic)).isEmpty();
		assertThat(this.people.find(EmailAddress.parse("lea@example.org").orElseThrow())).isEmpty();
		assertThat(mail.getReceivedMessages())
			.noneMatch((message) -> recipient(message).contains("cross-") || recipient(message).contains("notopic-"));
	}

	@Test
	void aFilledHiddenFieldIsAnsweredAsIfItWorkedAndRecordsNothing() {
		Supporter bot = Supporter.fromOwnNetwork(this.port);
		EmailAddress email = address("bot");
		Map<String, String> form = footerForm(bot, "/en/", email, "topic_news");
		form.put("website_url", "https://spam.example");
		HttpResponse<String> answer = bot.post("/en/newsletter", form);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/en/newsletter/sent");
		assertThat(this.people.find(email)).isEmpty();
	}

	@Test
	void thePageFormCarriesATokenThatMustHold() {
		Supporter reader = Supporter.fromOwnNetwork(this.port);
		Document page = reader.page("/en/newsletter");
		Map<String, String> form = Supporter.hiddenFields(page, "form[data-newsletter-form=page-newsletter]");
		assertThat(form).containsKey("token");
		EmailAddress email = address("page");
		form.put("email", email.value());
		form.put("topic_campaigns", "on");
		HttpResponse<String> tooFast = reader.post("/en/newsletter", form);
		assertThat(tooFast.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(tooFast.body()).select("[data-problem]").text()).contains("too quickly");
		Map<String, String> forged = new LinkedHashMap<>(form);
		forged.put("token", form.get("token").substring(0, form.get("token").length() - 3) + "abc");
		Instant before = this.clock.instant();
		try {
			this.clock.advance(Duration.ofSeconds(5));
			assertThat(reader.post("/en/newsletter", forged).statusCode()).isEqualTo(400);
			assertThat(this.people.find(email)).isEmpty();
			assertThat(reader.post("/en/newsletter", form).statusCode()).isEqualTo(302);
		}
		finally {
			this.clock.set(before);
		}
		assertThat(subscription(email, Language.EN).pendingTopics()).isEqualTo(new Topics(false, true, false));
	}

	@Test
	void anAddressGetsNoMoreThanItsDailyShareOfConfirmations() {
		EmailAddress email = address("target");
		for (int i = 0; i < 8; i++) {
			Supporter someone = Supporter.fromOwnNetwork(this.port);
			HttpResponse<String> answer = someone.post("/fr/lettre", footerForm(someone, "/fr/", email, "topic_news"));
			assertThat(answer.statusCode()).isEqualTo(302);
		}
		new Mailbox(mail).await(email.value(), 5);
		this.jdbc.sql("select count(*) from notifications_outbox where status = 'PENDING'").query(Long.class).single();
		assertThat(new Mailbox(mail).to(email.value())).hasSize(5);
	}

	private void confirm(MimeMessage message, Supporter reader) {
		Document page = reader.page(Mailbox.link(message, "/confirmer/"));
		assertThat(reader.post(Supporter.action(page, "form[data-auto-confirm]"), Map.of()).statusCode())
			.isEqualTo(302);
	}

	private Map<String, String> footerForm(Supporter reader, String pagePath, EmailAddress email, String... topics) {
		Map<String, String> form = Supporter.hiddenFields(reader.page(pagePath),
				"form[data-newsletter-form=footer-newsletter]");
		form.put("website_url", "");
		form.put("email", email.value());
		for (String topic : topics) {
			form.put(topic, "on");
		}
		return form;
	}

	private Subscription subscription(EmailAddress email, Language language) {
		UUID person = this.people.find(email).orElseThrow();
		return this.subscriptions.find(person, language).orElseThrow();
	}

	private static EmailAddress address(String who) {
		return EmailAddress.parse(who + "-" + UUID.randomUUID() + "@example.org").orElseThrow();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
