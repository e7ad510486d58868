package org.vigie.mobilisation.privacy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.workshops.Projects;
import org.vigie.mobilisation.workshops.RequestForm;
import org.vigie.mobilisation.workshops.RequestIntake;
import org.vigie.mobilisation.workshops.WorkshopRequest;
import org.vigie.mobilisation.workshops.WorkshopRequests;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person opens their own data page from the link in an email: it shows what the module
 * holds with the exact consent wording, downloads it as JSON and text, and erases
 * everything after a confirmation step (audited, the address gone, the figures kept). A
 * forged key answers 404; an erased person's link says nothing is held.
 */
@MobilisationTest
class MyDataTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private Projects projects;

	@Autowired
	private RequestIntake intake;

	@Autowired
	private WorkshopRequests requests;

	@Autowired
	private People people;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void emptyOutbox() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void theExportHoldsTheConsentWordingAndErasingRemovesTheAddress() {
		String email = "privacy." + UUID.randomUUID() + "@example.org";
		String path = privacyPath(email);
		UUID person = this.people.find(EmailAddress.parse(email).orElseThrow()).orElseThrow();
		String wording = this.intake.wording(Language.EN);
		Supporter me = Supporter.fromOwnNetwork(this.port);

		Document page = me.page(path);
		assertThat(page.select("[data-email]").text()).isEqualTo(email);
		assertThat(page.select("[data-area=workshops]").text()).contains("Lycée <b>des Tests</b>");
		assertThat(page.select("[data-consent] blockquote").eachText()).containsOnly(wording);
		assertThat(page.html()).doesNotContain("<b>des Tests</b>");
		HttpResponse<String> json = me.get(path + "/export.json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(json.body()).contains("\"wording\":\"" + wording + "\"").contains(email);
		HttpResponse<String> text = me.get(path + "/export.txt");
		assertThat(text.body()).contains("“" + wording + "”").contains("Lycée <b>des Tests</b>");

		Document ask = me.page(page.select("a[data-erase]").attr("href"));
		String action = Supporter.action(ask, "form[data-erase-form]");
		Map<String, String> fields = Supporter.hiddenFields(ask, "form[data-erase-form]");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(me.post(action, fields, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
		assertThat(me.post(action, Map.of("token", fields.get("token") + "x")).statusCode()).isEqualTo(400);
		assertThat(this.people.email(person)).isPresent();

		HttpResponse<String> erased = me.post(action, fields);
		assertThat(erased.statusCode()).isEqualTo(302);
		Document after = me.page(erased.headers().firstValue("Location").orElseThrow());
		assertThat(after.select("[data-erased]").text()).isEqualTo("Done: everything was erased.");
		assertThat(after.select("[data-nothing]")).hasSize(1);
		assertThat(after.html()).doesNotContain(email);
		assertThat(this.people.find(EmailAddress.parse(email).orElseThrow())).isEmpty();
		assertThat(this.people.email(person)).isEmpty();
		assertThat(me.get(path + "/export.json").statusCode()).isEqualTo(404);
		assertThat(me.page(path).select("[data-nothing]").text()).contains("nothing");
		WorkshopRequest request = this.jdbc
			.sql("select id from mobilisation_workshops_request where erased_at is not null and young_people = 37")
			.query(UUID.class)
			.list()
			.stream()
			.map((id) -> this.requests.byId(id).orElseThrow())
			.filter((r) -> r.message() == null)
			.collect(Collectors.toList())
			.get(0);
		assertThat(request.organisation()).isNull();
		assertThat(request.contactName()).isNull();
		assertThat(request.youngPeople()).isEqualTo(37);
		assertThat(
				this.jdbc.sql("select count(*) from identity_audit where action = ? and actor = 'self' and target = ?")
					.params("MOBILISATION_PERSON_ERASED", person.toString())
					.query(Integer.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void aForgedOrMalformedKeyOpensNothing() {
		String path = privacyPath("forged." + UUID.randomUUID() + "@example.org");
		Supporter stranger = Supporter.fromOwnNetwork(this.port);
		String key = path.substring(path.lastIndexOf('/') + 1);
		String forged = path.substring(0, path.length() - 1) + (path.endsWith("a") ? "b" : "a");
		String otherPerson = path.replace(key.substring(0, 36), UUID.randomUUID().toString());
		for (String address : List.of(forged, otherPerson, forged + "/export.json", otherPerson + "/export.txt",
				forged + "/erase", "/en/act/my-data/x", "/en/act/my-data/%0d%0aSet-Cookie:a=b")) {
			assertThat(stranger.get(address).statusCode()).as(address).isIn(400, 404);
		}
		assertThat(stranger.post(forged + "/erase", Map.of("token", "x")).statusCode()).isEqualTo(404);
		assertThat(stranger.get(path).statusCode()).isEqualTo(200);
	}

	/** Sends a workshop request and returns the data page's path from its email. */
	private String privacyPath(String email) {
		UUID project = this.projects.active().get(0).id();
		LinkedMultiValueMap<String, String> sent = new LinkedMultiValueMap<>();
		Map.ofEntries(Map.entry("project", project.toString()), Map.entry("language", "en"),
				Map.entry("ageGroup", "AGE_15_17"), Map.entry("youngPeople", "37"), Map.entry("periods", "TERM_2"),
				Map.entry("organisation", "Lycée <b>des Tests</b>"), Map.entry("kind", "SCHOOL"),
				Map.entry("region", "NAMUR"), Map.entry("contactName", "Alex Test"), Map.entry("email", email),
				Map.entry("consent", "yes"))
			.forEach(sent::add);
		RequestForm form = RequestForm.read(sent);
		assertThat(form.errors()).isEmpty();
		this.intake.submit(form.request(), Language.EN, "Workshop", this.clock.instant());
		String link = Mailbox.links(new Mailbox(mail).await(email, 1).get(0))
			.stream()
			.filter((l) -> l.contains("/my-data/"))
			.findFirst()
			.orElseThrow();
		return link.substring(link.indexOf("/en/"));
	}

}
