package org.vigie.mobilisation.events;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigners manage events in the back-office: create one with its texts, see it on the
 * agenda, add a question, raise the capacity (the waiting list moves on), see the
 * registrations by status, call the event off (everyone is told); every change is audited
 * and only campaigners get in.
 */
@MobilisationTest
class EventAdminTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private EventStore events;

	@Autowired
	private Registrations registrations;

	@Autowired
	private People people;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void forgetOutbox() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aCampaignerCreatesChangesAndCallsOffAnEventAndEveryStepIsAudited() throws Exception {
		StaffBrowser campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER);
		String key = "adm-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = fields(key, "1");
		HttpResponse<String> created = campaigner.submit("/admin/mobilisation/events/new",
				"/admin/mobilisation/events/new", fields);
		assertThat(created.statusCode()).isEqualTo(302);
		Event event = this.events.byKey(key).orElseThrow();
		assertThat(event.capacity()).isEqualTo(1);
		assertThat(event.startsAt().getZone().getId()).isEqualTo("Europe/Brussels");
		assertThat(event.startsAt().toLocalDateTime()).isEqualTo(LocalDateTime.parse(fields.get("startsAt")));
		assertThat(audits(key)).isEqualTo(1);
		Document agenda = Jsoup.parse(Supporter.fromOwnNetwork(this.port).get("/en/events").body());
		assertThat(agenda.select("[data-upcoming] h3 a").eachText()).contains("Morning " + key);

		String page = "/admin/mobilisation/events/" + event.id();
		Map<String, String> question = new LinkedHashMap<>();
		question.put("kind", "ACCESSIBILITY");
		question.put("label_fr", "Besoins d’accessibilité");
		question.put("label_nl", "Toegankelijkheid");
		question.put("label_en", "Accessibility needs");
		question.put("required", "true");
		assertThat(campaigner.submit(page, page + "/questions", question).statusCode()).isEqualTo(302);
		assertThat(this.events.byId(event.id()).orElseThrow().questions()).singleElement()
			.satisfies((q) -> assertThat(q.required()).isTrue());
		Document publicPage = Supporter.fromOwnNetwork(this.port).page("/en/events/" + key + "-en");
		assertThat(publicPage.select("label[for^=q_]").text()).contains("Accessibility needs");

		String first = register(event, "one");
		String second = register(event, "two");
		assertThat(Jsoup.parse(campaigner.get(page).body())
			.select("[data-registrations] tr[data-status]")
			.eachAttr("data-status")).containsExactly("CONFIRMED", "WAITLISTED");
		assertThat(campaigner.submit(page, page, fields(key, "2")).statusCode()).isEqualTo(302);
		assertThat(this.events.byId(event.id()).orElseThrow().sequence()).isGreaterThanOrEqualTo(2);
		assertThat(status(second, event)).isEqualTo(RegistrationStatus.OFFERED);

		assertThat(campaigner.submit(page, page + "/cancel", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.events.byId(event.id()).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
		assertThat(new Mailbox(mail).await(first, 2).get(1).getSubject()).startsWith("Event called off");
		assertThat(new Mailbox(mail).await(second, 3).get(2).getSubject()).startsWith("Event called off");
		assertThat(audits(key)).isEqualTo(4);
		assertThat(Jsoup.parse(Supporter.fromOwnNetwork(this.port).get("/en/events/" + key + "-en").body())
			.select("[data-register]")).isEmpty();
	}

	@Test
	void aRefusedFormComesBackWithItsReasonAndStoresNothing() {
		StaffBrowser campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER);
		String key = "bad-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = fields(key, "0");
		HttpResponse<String> refused = campaigner.submit("/admin/mobilisation/events/new",
				"/admin/mobilisation/events/new", fields);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("[data-problem]").text())
			.startsWith("The number of places must be between 1 and 100,000");
		fields = fields(key, "5");
		fields.put("onlineUrl", "javascript:alert(1)");
		assertThat(Jsoup
			.parse(campaigner.submit("/admin/mobilisation/events/new", "/admin/mobilisation/events/new", fields).body())
			.select("[data-problem]")
			.text()).startsWith("The online link must be an https address");
		fields = fields(key, "5");
		fields.put("endsAt", "yesterday");
		assertThat(campaigner.submit("/admin/mobilisation/events/new", "/admin/mobilisation/events/new", fields)
			.statusCode()).isEqualTo(400);
		assertThat(this.events.byKey(key)).isEmpty();
		assertThat(audits(key)).isZero();
	}

	@Test
	void onlyCampaignersGetIn() {
		StaffBrowser editor = Campaigners.signIn(this.context, Role.EDITOR);
		assertThat(editor.get("/admin/mobilisation/events").statusCode()).isEqualTo(403);
		assertThat(editor.post("/admin/mobilisation/events/new", Map.of("key", "x")).statusCode()).isEqualTo(403);
		StaffBrowser campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER);
		assertThat(Jsoup.parse(campaigner.get("/admin/mobilisation").body()).select("[data-areas] a").eachAttr("href"))
			.contains("/admin/mobilisation/events");
	}

	private long audits(String key) {
		return this.jdbc.sql("select count(*) from identity_audit where target = ?")
			.param("event:" + key)
			.query(Long.class)
			.single();
	}

	private String register(Event event, String who) {
		String email = who + "." + UUID.randomUUID() + "@example.org";
		Instant now = this.clock.instant();
		EmailAddress address = EmailAddress.parse(email).orElseThrow();
		UUID person = this.people.person(address, Language.EN, now);
		Event current = this.events.byId(event.id()).orElseThrow();
		Map<UUID, String> answers = new LinkedHashMap<>();
		current.questions().forEach((q) -> answers.put(q.id(), "none"));
		this.registrations.register(event.id(), person, address, who, 1, Language.EN, answers, "I agree (test).", now);
		return email;
	}

	private RegistrationStatus status(String email, Event event) {
		UUID person = this.people.find(EmailAddress.parse(email).orElseThrow()).orElseThrow();
		return this.registrations.ofPerson(person).get(0).status();
	}

	private Map<String, String> fields(String key, String capacity) {
		LocalDateTime starts = LocalDateTime.ofInstant(this.clock.instant(), TestEvents.BRUSSELS)
			.plusDays(20)
			.withHour(9)
			.withMinute(30)
			.withSecond(0)
			.withNano(0);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("key", key);
		fields.put("startsAt", starts.toString());
		fields.put("endsAt", starts.plusHours(3).toString());
		fields.put("venueName", "Maison des associations");
		fields.put("venueAddress", "Rue de la Loi 1, 1000 Bruxelles");
		fields.put("onlineUrl", "");
		fields.put("capacity", capacity);
		fields.put("opensAt", "");
		fields.put("closesAt", "");
		fields.put("offerHours", "48");
		fields.put("reportPath", "");
		for (Language language : Language.all()) {
			String code = language.code();
			fields.put("slug_" + code, key + "-" + code);
			fields.put("title_" + code, (language == Language.EN ? "Morning " : "Matin " + code + " ") + key);
			fields.put("summary_" + code, "A short summary " + code);
			fields.put("body_" + code, "A longer text " + code + ".\n\nSecond paragraph.");
		}
		return fields;
	}

}
