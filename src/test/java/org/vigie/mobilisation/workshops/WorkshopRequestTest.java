package org.vigie.mobilisation.workshops;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.consent.ConsentEntry;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PersonalData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school asks for a workshop from the public form: the request waits for its address to
 * be confirmed before staff see it, the consent is kept with the wording shown, a double
 * submission is one request, and forged, hurried, cross-site, bot and malformed forms are
 * refused with a clear reason and change nothing.
 */
@MobilisationTest
class WorkshopRequestTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private Projects projects;

	@Autowired
	private WorkshopRequests requests;

	@Autowired
	private People people;

	@Autowired
	private ConsentLedger consent;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private Project project;

	@BeforeEach
	void project() {
		this.project = WorkshopForms.project(this.projects, this.clock);
	}

	@AfterEach
	void emptyOutbox() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aConfirmedRequestReachesTheStaffQueueWithItsConsentWording() throws Exception {
		String email = WorkshopForms.email();
		Supporter school = Supporter.fromOwnNetwork(this.port);
		Document form = school.page("/fr/ateliers");
		String wording = form.select("[data-consent]").text();
		assertThat(wording).startsWith("J’accepte que l’ONG conserve ces informations");

		HttpResponse<String> sent = WorkshopForms.send(school, this.clock, "/fr/ateliers",
				WorkshopForms.school(this.project, email));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/fr/ateliers/demande-envoyee");
		assertThat(school.page("/fr/ateliers/demande-envoyee").select("[data-done]").text())
			.contains("lien de confirmation");
		WorkshopRequest stored = onlyRequestOf(email);
		assertThat(stored.confirmed()).isFalse();
		assertThat(inStaffQueue(stored)).isFalse();

		MimeMessage message = new Mailbox(mail).await(email, 1).get(0);
		assertThat(message.getSubject()).contains("Atelier " + this.project.code());
		String text = Mailbox.text(message);
		assertThat(text).contains("/fr/agir/mes-donnees/");
		String link = Mailbox.links(message)
			.stream()
			.filter((l) -> l.contains("/confirmer/"))
			.findFirst()
			.orElseThrow();
		String path = link.substring(link.indexOf("/fr/"));
		Document confirm = school.page(path);
		assertThat(confirm.select("[data-what]").text()).contains("Athénée Royal des Essais");
		HttpResponse<String> confirmed = school.post(Supporter.action(confirm, "form[data-auto-confirm]"), Map.of());
		assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/fr/ateliers/demande-confirmee");

		WorkshopRequest now = this.requests.byId(stored.id()).orElseThrow();
		assertThat(now.confirmed()).isTrue();
		assertThat(now.state()).isEqualTo(WorkshopState.NEW);
		assertThat(inStaffQueue(now)).isTrue();
		List<ConsentEntry> entries = this.consent.entries(now.personId());
		assertThat(entries).extracting(ConsentEntry::event)
			.containsExactly(ConsentEntry.Event.REQUESTED, ConsentEntry.Event.CONFIRMED);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.purpose()).isEqualTo(Purpose.PARTICIPATION);
			assertThat(entry.wording()).isEqualTo(wording);
		});
		assertThat(school.hasCookies()).isFalse();
	}

	@Test
	void aDoubleSubmissionIsOneRequestAndTheAnswerNeverTellsAnAddressWasKnown() throws Exception {
		String email = WorkshopForms.email();
		Supporter school = Supporter.fromOwnNetwork(this.port);
		HttpResponse<String> first = WorkshopForms.send(school, this.clock, "/nl/workshops",
				WorkshopForms.school(this.project, email));
		HttpResponse<String> second = WorkshopForms.send(school, this.clock, "/nl/workshops",
				WorkshopForms.school(this.project, email));
		assertThat(List.of(first.statusCode(), second.statusCode())).containsOnly(302);
		assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(requestsOf(email)).hasSize(1);
		new Mailbox(mail).await(email, 1);
		assertThat(mail.getReceivedMessagesForDomain(email)).hasSize(1);

		Supporter stranger = Supporter.fromOwnNetwork(this.port);
		HttpResponse<String> fresh = WorkshopForms.send(stranger, this.clock, "/nl/workshops",
				WorkshopForms.school(this.project, WorkshopForms.email()));
		assertThat(fresh.statusCode()).isEqualTo(first.statusCode());
		assertThat(fresh.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
	}

	@Test
	void impossibleAndHostileAnswersAreRefusedWithTheirReasonAndNothingIsStored() {
		Supporter school = Supporter.fromOwnNetwork(this.port);
		for (Map.Entry<String, String> bad : List.of(Map.entry("youngPeople", "0"), Map.entry("youngPeople", "100000"),
				Map.entry("youngPeople", "-3"), Map.entry("youngPeople", "douze"),
				Map.entry("email", "a@example.org\r\nBcc: x@example.org"),
				Map.entry("email", "a".repeat(5000) + "@example.org"), Map.entry("organisation", "A".repeat(201)),
				Map.entry("message", "m".repeat(2001)), Map.entry("kind", "PRISON"), Map.entry("region", "PARIS"),
				Map.entry("periods", "M13"), Map.entry("consent", ""), Map.entry("contactName", "Eve\u0000"))) {
			String email = WorkshopForms.email();
			Map<String, String> fields = new HashMap<>(WorkshopForms.school(this.project, email));
			fields.put(bad.getKey(), bad.getValue());
			HttpResponse<String> answer = WorkshopForms.send(school, this.clock, "/en/workshops", fields);
			assertThat(answer.statusCode()).as(bad.getKey()).isEqualTo(422);
			Document page = Jsoup.parse(answer.body());
			assertThat(page.select("[data-problem]").text()).as(bad.getKey())
				.contains("Some answers need a correction");
			assertThat(page.select("[data-problem] a[href=#" + bad.getKey() + "]")).as(bad.getKey()).isNotEmpty();
			assertThat(requestsOf(email)).as(bad.getKey()).isEmpty();
		}
		String email = WorkshopForms.email();
		Map<String, String> fields = new HashMap<>(WorkshopForms.school(this.project, email));
		fields.put("youngPeople", "100000");
		assertThat(WorkshopForms.send(school, this.clock, "/fr/ateliers", fields).body())
			.contains("un nombre entier entre 1 et 500");
		fields.put("organisation", "<script>alert('x')</script>");
		String body = WorkshopForms.send(school, this.clock, "/fr/ateliers", fields).body();
		assertThat(body).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
		assertThat(requestsOf(email)).isEmpty();
	}

	@Test
	void forgedHurriedCrossSiteAndBotFormsChangeNothing() {
		Supporter school = Supporter.fromOwnNetwork(this.port);
		String email = WorkshopForms.email();
		Map<String, String> fields = new HashMap<>(WorkshopForms.school(this.project, email));
		Document page = school.page("/fr/ateliers");
		Map<String, String> hidden = Supporter.hiddenFields(page, "form[data-workshop-form]");

		Map<String, String> forged = new HashMap<>(fields);
		forged.putAll(hidden);
		forged.put("token", hidden.get("token").substring(0, hidden.get("token").length() - 2) + "xx");
		this.clock.advance(Duration.ofSeconds(5));
		HttpResponse<String> answer = school.post("/fr/ateliers", forged);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("n’est pas valable");

		Map<String, String> hurried = new HashMap<>(fields);
		hurried.putAll(Supporter.hiddenFields(school.page("/fr/ateliers"), "form[data-workshop-form]"));
		assertThat(school.post("/fr/ateliers", hurried).statusCode()).isEqualTo(400);

		Map<String, String> expired = new HashMap<>(fields);
		expired.putAll(Supporter.hiddenFields(school.page("/fr/ateliers"), "form[data-workshop-form]"));
		this.clock.advance(Duration.ofHours(4));
		assertThat(school.post("/fr/ateliers", expired).statusCode()).isEqualTo(400);

		Map<String, String> crossSite = new HashMap<>(fields);
		crossSite.putAll(Supporter.hiddenFields(school.page("/fr/ateliers"), "form[data-workshop-form]"));
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(school.post("/fr/ateliers", crossSite, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);

		Map<String, String> bot = new HashMap<>(fields);
		bot.put("website_url", "http://spam.example");
		HttpResponse<String> botAnswer = WorkshopForms.send(school, this.clock, "/fr/ateliers", bot);
		assertThat(botAnswer.statusCode()).isEqualTo(302);
		assertThat(botAnswer.headers().firstValue("Location").orElseThrow()).endsWith("/fr/ateliers/demande-envoyee");
		assertThat(requestsOf(email)).isEmpty();
		assertThat(this.people.find(EmailAddress.parse(email).orElseThrow())).isEmpty();
	}

	@Test
	void aRequestNeverConfirmedIsForgottenAfterAWeekAndNeverReachesStaff(@Autowired List<PersonalData> parts) {
		PersonalData workshops = parts.stream().filter((p) -> p.area().equals("workshops")).findFirst().orElseThrow();
		String email = WorkshopForms.email();
		Supporter school = Supporter.fromOwnNetwork(this.port);
		WorkshopForms.send(school, this.clock, "/en/workshops", WorkshopForms.school(this.project, email));
		WorkshopRequest stored = onlyRequestOf(email);
		assertThat(inStaffQueue(stored)).isFalse();
		this.clock.advance(Duration.ofDays(6));
		workshops.forgetUnconfirmed(this.clock.instant().minus(Duration.ofDays(PersonalData.UNCONFIRMED_KEPT_DAYS)));
		assertThat(this.requests.byId(stored.id())).isPresent();
		this.clock.advance(Duration.ofDays(2));
		workshops.forgetUnconfirmed(this.clock.instant().minus(Duration.ofDays(PersonalData.UNCONFIRMED_KEPT_DAYS)));
		assertThat(this.requests.byId(stored.id())).isEmpty();
	}

	@Test
	void oneClientSendingTooManyRequestsIsToldToWait() {
		Supporter script = Supporter.fromOwnNetwork(this.port);
		Map<String, String> fields = new HashMap<>(WorkshopForms.school(this.project, WorkshopForms.email()));
		fields.put("youngPeople", "0");
		int refused = 0;
		for (int i = 0; i < 21; i++) {
			refused += (WorkshopForms.send(script, this.clock, "/en/workshops", fields).statusCode() == 429) ? 1 : 0;
		}
		assertThat(refused).isEqualTo(1);
		fields.put("youngPeople", "12");
		HttpResponse<String> answer = WorkshopForms.send(script, this.clock, "/en/workshops", fields);
		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(answer.body()).contains("Too many requests from your connection");
		assertThat(requestsOf(fields.get("email"))).isEmpty();
	}

	private boolean inStaffQueue(WorkshopRequest request) {
		return this.requests
			.confirmed(
					new WorkshopRequests.Filter(Optional.empty(), Optional.of(request.projectId()), Optional.empty()))
			.stream()
			.anyMatch((r) -> r.id().equals(request.id()));
	}

	private List<WorkshopRequest> requestsOf(String email) {
		return this.people.find(EmailAddress.parse(email).orElseThrow()).map(this.requests::ofPerson).orElse(List.of());
	}

	private WorkshopRequest onlyRequestOf(String email) {
		List<WorkshopRequest> found = requestsOf(email);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
