package org.vigie.mobilisation.events;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering for an event as a participant meets it over HTTP: the form with the event's
 * own questions, the same answer whoever registers, the email with its cancel and privacy
 * links, the waiting list, cancelling by link (GET changes nothing, POST cancels) and the
 * freed place offered to the next person, who accepts.
 */
@MobilisationTest
class EventRegistrationTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private EventStore events;

	@Autowired
	private Registrations registrations;

	@Autowired
	private People people;

	@Autowired
	private ConsentLedger consents;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void forgetOutbox() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void theEventPageDescribesTheEventAndRegisteringSendsTheCancelAndPrivacyLinks() throws Exception {
		Event event = create(3, true);
		Supporter supporter = Supporter.fromOwnNetwork(this.port);
		Document page = supporter.page(path(event, Language.NL));
		assertThat(page.select("h1").text()).isEqualTo(event.text(Language.NL).title());
		assertThat(page.select("link[rel=alternate][hreflang=fr]").attr("href"))
			.endsWith("/fr/agenda/" + event.text(Language.FR).slug());
		assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href"))
			.endsWith("/en/events/" + event.text(Language.EN).slug());
		String jsonLd = page.select("script[type=application/ld+json]").html();
		assertThat(jsonLd).contains("\"@type\":\"Event\"")
			.contains("MixedEventAttendanceMode")
			.contains("VirtualLocation")
			.contains("\"startDate\":\"" + event.startsAt().toOffsetDateTime());
		assertThat(page.select("[data-places]").first().text()).isEqualTo("nog 3 plaatsen");
		assertThat(page.select("label[for=consent]").text()).startsWith("Ik ga ermee akkoord");

		String email = "amina." + UUID.randomUUID() + "@example.org";
		HttpResponse<String> sent = register(supporter, event, Language.NL, email, "2", answers(event, "vegetarisch"));
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(sent.body()).select("[data-sent]").text()).startsWith("Bedankt.");
		MimeMessage message = new Mailbox(mail).await(email, 1).get(0);
		assertThat(message.getSubject()).isEqualTo("Uw plaats: " + event.text(Language.NL).title());
		String text = Mails.text(message);
		assertThat(text).contains("twee plaatsen".replace("twee", "2"))
			.contains("/nl/agenda/r/")
			.contains("/nl/in-actie/mijn-gegevens/")
			.contains("/nl/agenda/" + event.text(Language.NL).slug() + ".ics");
		assertThat(Mails.calendar(message)).contains("METHOD:PUBLISH")
			.contains("SUMMARY:" + event.text(Language.NL).title())
			.contains("TZID=Europe/Brussels");
		UUID person = this.people.find(EmailAddress.parse(email).orElseThrow()).orElseThrow();
		Registration registration = this.registrations.ofPerson(person).get(0);
		assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(registration.seats()).isEqualTo(2);
		assertThat(this.registrations.answers(registration.id())).containsValue("vegetarisch");
		assertThat(
				this.consents.last(person, Purpose.PARTICIPATION, Registrations.subject(event)).orElseThrow().wording())
			.isEqualTo(page.select("label[for=consent]").text());
		assertThat(supporter.page(path(event, Language.NL)).select("[data-places]").first().text())
			.isEqualTo("nog 1 plaats");
		assertThat(supporter.hasCookies()).isFalse();
	}

	@Test
	void registeringAgainAnswersTheSameAndRecordsNothingNew() throws Exception {
		Event event = create(5, false);
		String email = "theo." + UUID.randomUUID() + "@example.org";
		HttpResponse<String> first = register(Supporter.fromOwnNetwork(this.port), event, Language.FR, email, "1",
				Map.of());
		HttpResponse<String> second = register(Supporter.fromOwnNetwork(this.port), event, Language.FR, email, "3",
				Map.of());
		assertThat(second.statusCode()).isEqualTo(first.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(second.body()).select("main").text())
			.isEqualTo(Jsoup.parse(first.body()).select("main").text());
		assertThat(this.registrations.of(event.id())).hasSize(1).first().extracting(Registration::seats).isEqualTo(1);
		List<MimeMessage> messages = new Mailbox(mail).await(email, 2);
		assertThat(messages.get(1).getSubject()).startsWith("Votre inscription");
	}

	@Test
	void aFullEventWaitlistsAndACancellationOffersThePlaceToTheNextWhoAccepts() throws Exception {
		Event event = create(1, false);
		String first = "first." + UUID.randomUUID() + "@example.org";
		String second = "second." + UUID.randomUUID() + "@example.org";
		register(Supporter.fromOwnNetwork(this.port), event, Language.EN, first, "1", Map.of());
		Supporter participant = Supporter.fromOwnNetwork(this.port);
		assertThat(participant.page(path(event, Language.EN)).select("[data-places]").first().text())
			.isEqualTo("Full — waiting list");
		register(participant, event, Language.EN, second, "1", Map.of());
		MimeMessage waitlisted = new Mailbox(mail).await(second, 1).get(0);
		assertThat(waitlisted.getSubject()).startsWith("Waiting list:");
		assertThat(Mails.hasCalendar(waitlisted)).isFalse();

		String cancel = Mails.link(new Mailbox(mail).await(first, 1).get(0), "/en/events/r/");
		Supporter scanner = Supporter.fromOwnNetwork(this.port);
		Document cancelPage = scanner.page(cancel);
		scanner.page(cancel);
		assertThat(status(first, event)).isEqualTo(RegistrationStatus.CONFIRMED);
		HttpResponse<String> cancelled = scanner.post(Supporter.action(cancelPage, "form[data-cancel]"), Map.of());
		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(cancelled.body()).select("[data-outcome]").text())
			.startsWith("Your registration is cancelled");
		HttpResponse<String> again = scanner.post(Supporter.action(cancelPage, "form[data-cancel]"), Map.of());
		assertThat(Jsoup.parse(again.body()).select("[data-outcome]").text()).contains("already cancelled");
		assertThat(status(first, event)).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(status(second, event)).isEqualTo(RegistrationStatus.OFFERED);
		MimeMessage cancelMail = new Mailbox(mail).await(first, 2).get(1);
		assertThat(cancelMail.getSubject()).startsWith("Registration cancelled");
		assertThat(Mails.calendar(cancelMail)).contains("METHOD:CANCEL");

		MimeMessage offer = new Mailbox(mail).await(second, 2).get(1);
		assertThat(offer.getSubject()).startsWith("A place has freed up");
		assertThat(Mails.text(offer)).contains("/en/act/my-data/");
		String offerLink = Mails.link(offer, "/en/events/o/");
		Document offerPage = participant.page(offerLink);
		assertThat(status(second, event)).isEqualTo(RegistrationStatus.OFFERED);
		HttpResponse<String> accepted = participant.post(Supporter.action(offerPage, "form[data-accept]"), Map.of());
		assertThat(Jsoup.parse(accepted.body()).select("[data-outcome]").text()).startsWith("Your place is confirmed");
		assertThat(status(second, event)).isEqualTo(RegistrationStatus.CONFIRMED);
		MimeMessage confirmed = new Mailbox(mail).await(second, 3).get(2);
		assertThat(confirmed.getSubject()).startsWith("Your place is confirmed");
		assertThat(Mails.calendar(confirmed)).contains("METHOD:PUBLISH");
		assertThat(Mails.text(confirmed)).contains("/en/events/r/").contains("/en/act/my-data/");
		HttpResponse<String> acceptedAgain = participant.post(Supporter.action(offerPage, "form[data-accept]"),
				Map.of());
		assertThat(Jsoup.parse(acceptedAgain.body()).select("[data-outcome]").text()).contains("already accepted");
		assertThat(new Mailbox(mail).to(second)).hasSize(3);
	}

	@Test
	void anUnansweredOfferExpiresAndTheListMovesOnWithoutTheCanceller() throws Exception {
		Event event = create(1, false);
		String holder = "holder." + UUID.randomUUID() + "@example.org";
		String slow = "slow." + UUID.randomUUID() + "@example.org";
		String next = "next." + UUID.randomUUID() + "@example.org";
		register(Supporter.fromOwnNetwork(this.port), event, Language.FR, holder, "1", Map.of());
		register(Supporter.fromOwnNetwork(this.port), event, Language.FR, slow, "1", Map.of());
		register(Supporter.fromOwnNetwork(this.port), event, Language.FR, next, "1", Map.of());
		Supporter person = Supporter.fromOwnNetwork(this.port);
		String cancel = Mails.link(new Mailbox(mail).await(holder, 1).get(0), "/fr/agenda/r/");
		person.post(Supporter.action(person.page(cancel), "form[data-cancel]"), Map.of());
		String offerLink = Mails.link(new Mailbox(mail).await(slow, 2).get(1), "/fr/agenda/o/");
		Document offerPage = person.page(offerLink);
		this.clock.advance(Duration.ofHours(49));
		this.registrations.expireOffers(this.clock.instant());
		assertThat(status(slow, event)).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(status(next, event)).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(status(holder, event)).isEqualTo(RegistrationStatus.CANCELLED);
		HttpResponse<String> late = person.post(Supporter.action(offerPage, "form[data-accept]"), Map.of());
		assertThat(late.statusCode()).isEqualTo(410);
		assertThat(Jsoup.parse(late.body()).select("[data-outcome]").text()).startsWith("Cette offre a expiré");
		assertThat(status(slow, event)).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(new Mailbox(mail).await(next, 2).get(1).getSubject()).startsWith("Une place s’est libérée");
	}

	@Test
	void forgedTokensAndCrossSitePostsChangeNothing() throws Exception {
		Event event = create(1, false);
		String holder = "forge." + UUID.randomUUID() + "@example.org";
		String waiting = "wait." + UUID.randomUUID() + "@example.org";
		register(Supporter.fromOwnNetwork(this.port), event, Language.FR, holder, "1", Map.of());
		register(Supporter.fromOwnNetwork(this.port), event, Language.FR, waiting, "1", Map.of());
		String cancel = Mails.link(new Mailbox(mail).await(holder, 1).get(0), "/fr/agenda/r/");
		String path = cancel.substring(cancel.indexOf("/fr/"));
		Supporter stranger = Supporter.fromOwnNetwork(this.port);
		String forged = path.substring(0, path.length() - 4) + (path.endsWith("AAAA") ? "BBBB" : "AAAA");
		assertThat(stranger.get(forged).statusCode()).isEqualTo(404);
		HttpResponse<String> forgedPost = stranger.post(forged, Map.of());
		assertThat(forgedPost.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(forgedPost.body()).select("[data-problem]").text()).startsWith("Ce lien n’existe pas");
		assertThat(stranger.post("/fr/agenda/o/" + path.substring(path.lastIndexOf('/') + 1) + "/accept", Map.of())
			.statusCode()).as("a cancel token is no offer token").isEqualTo(404);
		assertThat(stranger.get("/fr/agenda/r/%0d%0aSet-Cookie:x").statusCode()).isIn(400, 404);
		assertThat(stranger.post(path, Map.of(), "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
		assertThat(status(holder, event)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(waiting, event)).isEqualTo(RegistrationStatus.WAITLISTED);
	}

	@Test
	void badInputIsRefusedWithAClearErrorAndRecordsNothing() throws Exception {
		Event event = create(10, true);
		Supporter supporter = Supporter.fromOwnNetwork(this.port);
		String email = "bad." + UUID.randomUUID() + "@example.org";
		Map<Map<String, String>, String> cases = new LinkedHashMap<>();
		cases.put(Map.of("email", "x\r\nBcc: all@example.org"), "Cette adresse e-mail n’est pas valable");
		cases.put(Map.of("email", "a".repeat(5000) + "@example.org"), "Cette adresse e-mail n’est pas valable");
		cases.put(Map.of("seats", "0"), "pour 1 à 20 places");
		cases.put(Map.of("seats", "10000"), "pour 1 à 20 places");
		cases.put(Map.of("seats", "deux"), "pour 1 à 20 places");
		cases.put(Map.of(event.questions().get(0).field(), "x".repeat(1001)), "1 000 caractères au plus");
		cases.put(Map.of("q_" + UUID.randomUUID(), "oui"), "n’est pas l’une de celles de cet événement");
		cases.put(Map.of("q_not-a-uuid", "oui"), "n’est pas l’une de celles de cet événement");
		cases.put(Map.of(event.questions().get(1).field(), ""), "question marquée comme obligatoire");
		cases.put(Map.of("consent", ""), "Cochez la case");
		cases.put(Map.of("name", "N\u0000ame"), "Indiquez un nom");
		for (Map.Entry<Map<String, String>, String> bad : cases.entrySet()) {
			Document page = supporter.page(path(event, Language.FR));
			Map<String, String> fields = Supporter.hiddenFields(page, "form[data-register]");
			fields.put("email", email);
			fields.put("name", "Léa");
			fields.put("seats", "1");
			fields.put("consent", "yes");
			fields.put(event.questions().get(1).field(), "français");
			fields.putAll(bad.getKey());
			HttpResponse<String> response = post(supporter, event, Language.FR, fields);
			assertThat(response.statusCode()).as(bad.getKey().toString()).isEqualTo(422);
			Document answer = Jsoup.parse(response.body());
			assertThat(answer.select("[data-problem]").text())
				.isEqualTo("Certains champs sont à corriger. Rien n’a encore été enregistré.");
			assertThat(answer.select("[data-field-problems]").text()).as(bad.getKey().toString())
				.contains(bad.getValue());
		}
		assertThat(this.registrations.of(event.id())).isEmpty();
		assertThat(this.people.find(EmailAddress.parse(email).orElseThrow())).isEmpty();
		assertThat(new Mailbox(mail).to(email)).isEmpty();
	}

	@Test
	void formsWithoutTheirTokenFromElsewhereOrFilledByBotsRecordNothing() throws Exception {
		Event event = create(10, false);
		Supporter supporter = Supporter.fromOwnNetwork(this.port);
		String email = "bot." + UUID.randomUUID() + "@example.org";
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("token", "1.forged");
		fields.put("email", email);
		fields.put("name", "Bot");
		fields.put("seats", "1");
		fields.put("consent", "yes");
		HttpResponse<String> forged = supporter.post(path(event, Language.EN), fields);
		assertThat(forged.statusCode()).isEqualTo(400);
		Document page = supporter.page(path(event, Language.EN));
		fields.putAll(Supporter.hiddenFields(page, "form[data-register]"));
		HttpResponse<String> tooFast = supporter.post(path(event, Language.EN), fields);
		assertThat(tooFast.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(tooFast.body()).select("[data-problem]").text()).contains("too quickly");
		Instant before = this.clock.instant();
		try {
			this.clock.advance(Duration.ofSeconds(5));
			HttpResponse<String> crossSite = supporter.post(path(event, Language.EN), fields, "Sec-Fetch-Site",
					"cross-site");
			assertThat(crossSite.statusCode()).isEqualTo(403);
			fields.put("website_url", "http://spam.example");
			HttpResponse<String> bot = supporter.post(path(event, Language.EN), fields);
			assertThat(bot.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(bot.body()).select("[data-sent]").text()).startsWith("Thank you.");
		}
		finally {
			this.clock.set(before);
		}
		assertThat(this.registrations.of(event.id())).isEmpty();
		assertThat(this.people.find(EmailAddress.parse(email).orElseThrow())).isEmpty();
	}

	@Test
	void confirmationEmailsRespectTheAddressDailyShareAndThePageAnswersTheSame() throws Exception {
		String email = "bombed." + UUID.randomUUID() + "@example.org";
		String body = null;
		for (int i = 0; i < 7; i++) {
			Event event = create(null, false);
			HttpResponse<String> response = register(Supporter.fromOwnNetwork(this.port), event, Language.FR, email,
					"1", Map.of());
			assertThat(response.statusCode()).isEqualTo(200);
			String main = Jsoup.parse(response.body()).select("[data-sent]").text();
			assertThat(body == null || body.equals(main)).isTrue();
			body = main;
		}
		// Every email is written to the outbox in the registration's own transaction: the
		// outbox holds all there will ever be, so no waiting is needed to know none more
		// comes.
		assertThat(this.jdbc.sql("select count(*) from notifications_outbox where recipient = ?")
			.param(email)
			.query(Integer.class)
			.single()).isEqualTo(5);
		assertThat(new Mailbox(mail).await(email, 5)).hasSize(5);
	}

	@Test
	void oneClientSendingMoreThanAPersonWouldIsStoppedAndRecordsNothingMore() {
		Event event = create(null, false);
		Supporter script = Supporter.fromOwnNetwork(this.port);
		int refused = 0;
		for (int i = 0; i < 22; i++) {
			HttpResponse<String> response = register(script, event, Language.FR,
					"script." + i + "." + UUID.randomUUID() + "@example.org", "1", Map.of());
			if (response.statusCode() == 429) {
				refused++;
				assertThat(Jsoup.parse(response.body()).select("[data-problem]").text()).startsWith("Trop de demandes");
			}
		}
		assertThat(refused).isEqualTo(2);
		assertThat(this.registrations.of(event.id())).hasSize(20);
	}

	private RegistrationStatus status(String email, Event event) {
		UUID person = this.people.find(EmailAddress.parse(email).orElseThrow()).orElseThrow();
		return this.registrations.ofPerson(person)
			.stream()
			.filter((r) -> r.eventId().equals(event.id()))
			.findFirst()
			.orElseThrow()
			.status();
	}

	private Event create(Integer capacity, boolean questions) {
		Instant now = this.clock.instant();
		EventDraft draft = TestEvents.draft(capacity, now);
		if (questions) {
			draft = new EventDraft(draft.key(), draft.startsAt(), draft.endsAt(), draft.venueName(),
					draft.venueAddress(), "https://meet.example.org/vigie", capacity, null, null, 48, null,
					draft.texts());
		}
		UUID id = this.events.create(draft, now);
		if (questions) {
			Map<Language, String> dietary = new EnumMap<>(Language.class);
			dietary.put(Language.FR, "Régime alimentaire");
			dietary.put(Language.NL, "Dieetwensen");
			dietary.put(Language.EN, "Dietary needs");
			this.events.addQuestion(id, QuestionKind.DIETARY, dietary, false, 1, now);
			Map<Language, String> language = new EnumMap<>(Language.class);
			language.put(Language.FR, "Langue de préférence");
			language.put(Language.NL, "Voorkeurstaal");
			language.put(Language.EN, "Preferred language");
			this.events.addQuestion(id, QuestionKind.LANGUAGE, language, true, 2, now);
		}
		return this.events.byId(id).orElseThrow();
	}

	private Map<String, String> answers(Event event, String dietary) {
		return Map.of(event.questions().get(0).field(), dietary, event.questions().get(1).field(), "Nederlands");
	}

	static String path(Event event, Language language) {
		return org.vigie.mobilisation.web.ActPaths.agenda(language) + "/" + event.text(language).slug();
	}

	private HttpResponse<String> register(Supporter supporter, Event event, Language language, String email,
			String seats, Map<String, String> answers) {
		Document page = supporter.page(path(event, language));
		Map<String, String> fields = Supporter.hiddenFields(page, "form[data-register]");
		fields.put("email", email);
		fields.put("name", "Participant");
		fields.put("seats", seats);
		fields.put("consent", "yes");
		fields.putAll(answers);
		return post(supporter, event, language, fields);
	}

	/**
	 * Posts a form a few seconds after it was shown. The clock stays moved on (the shared
	 * extension puts it back after the test): emails queued now are due now.
	 */
	private HttpResponse<String> post(Supporter supporter, Event event, Language language, Map<String, String> fields) {
		this.clock.advance(Duration.ofSeconds(5));
		return supporter.post(path(event, language), fields);
	}

}
