package org.vigie.learning.organisations;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.Poppler;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Progress;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.learning.study.Study;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CompletionCertificates are given to members who mastered an assigned deck, to them and
 * their manager only, as a one-page PDF naming them and the deck; the monthly summary
 * reaches the contact address once a month, in the manager's language, with counts and no
 * answers.
 */
@LearningTest
class CertificateAndSummaryTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private DeckStore decks;

	@Autowired
	private Progress progress;

	@Autowired
	private Learners learners;

	@Autowired
	private MonthlySummary summary;

	@Autowired
	private Study study;

	@Autowired
	@Qualifier("learningOrganisationSummaries")
	private RecurringTask<Void> summaryTask;

	@Autowired
	private TestClock clock;

	@Value("${local.server.port}")
	private int port;

	private Deck deck;

	@BeforeEach
	void trialDeck() {
		this.deck = LearningFixtures.trialDeck(this.decks);
	}

	@Test
	void aMemberWhoMasteredTheDeckAndTheirManagerDownloadTheCertificateAndNobodyElse() {
		Staff manager = new Staff(this.port);
		Staff.Created hotel = manager.create("Hôtel Łódź & Søn", "HOTEL");
		manager.assign(hotel.path(), this.deck);
		Staff member = new Staff(this.port);
		member.join(hotel.link(), "Zoë Ñúñez");
		Staff colleague = new Staff(this.port);
		colleague.join(hotel.link(), "Colleague");
		String certificate = certificatePath(hotel, "Zoë Ñúñez");

		HttpResponse<String> early = member.browser.get(certificate);
		assertThat(early.statusCode()).as("not mastered yet").isEqualTo(409);
		assertThat(Jsoup.parse(early.body()).select("[role=alert]").text()).contains("Keep studying");

		member.master(this.deck, this.decks, this.progress, learner(member), this.clock);

		String dashboard = manager.browser.get(hotel.path()).body();
		assertThat(Jsoup.parse(dashboard).select("a.certificate-link").attr("href")).as(dashboard)
			.isEqualTo(certificate);
		assertThat(Jsoup.parse(member.browser.get(hotel.path()).body()).select("a.certificate-link").attr("href"))
			.isEqualTo(certificate);
		byte[] mine = pdf(member, certificate);
		byte[] managers = pdf(manager, certificate);
		Poppler.require();
		for (byte[] pdf : new byte[][] { mine, managers }) {
			assertThat(Poppler.pages(pdf)).isEqualTo(1);
			String text = Poppler.text(pdf);
			assertThat(text).contains("Certificate of completion", "Zoë Ñúñez", "Hôtel Łódź & Søn", "Trial deck",
					"90 %");
		}
		assertThat(Poppler.text(pdf(member, certificate.replace("/en/cards/", "/fr/cartes/"))))
			.contains("Certificat de réussite", "Zoë Ñúñez", "Jeu d'essai");

		Staff otherManager = new Staff(this.port);
		otherManager.create("Other Hotel", "HOTEL");
		assertThat(otherManager.browser.get(certificate).statusCode()).isEqualTo(404);
		assertThat(colleague.browser.get(certificate).statusCode()).isEqualTo(404);
		assertThat(new Staff(this.port).browser.get(certificate).statusCode()).isEqualTo(404);
	}

	@Test
	void theContactAddressReceivesOneSummaryOnTheFirstOfTheMonthInTheManagersLanguage() throws Exception {
		Staff manager = new Staff(this.port);
		Staff.Created agency = manager.createIn("/fr/cartes/organisations", "Agence Été", "TRAVEL_AGENCY");
		manager.submit(agency.path(), agency.path() + "/decks", Map.of("deck", this.deck.id().toString()));
		manager.submit(agency.path(), agency.path() + "/contact", Map.of("email", "formation@agence-ete.example"));
		Staff member = new Staff(this.port);
		member.join(agency.link(), "Théo");
		member.answerOne(this.deck, this.decks);
		assertThat(this.summary.sendDue(this.clock.instant(), this.study.zone())).as("not before the month ends")
			.isZero();

		ZonedDateTime now = this.clock.instant().atZone(this.study.zone());
		Instant first = now.plusMonths(1).withDayOfMonth(1).withHour(6).withMinute(0).toInstant();
		this.clock.set(first);
		this.summary.sendDue(this.clock.instant(), this.study.zone());

		// Other tests' emails may arrive too: wait for this address's.
		MimeMessage message = new Mailbox(mail).await("formation@agence-ete.example", 1).get(0);
		String body = message.getContent().toString();
		assertThat(message.getSubject()).startsWith("Agence Été : résumé de ");
		assertThat(body).contains("Membres : 1", "Jeu d", "1 ont commencé, 0 maîtrisent, sur 1", agency.path());
		assertThat(body).doesNotContain("Théo", "Carte 1", "Card 1", "explanation");
		assertThat(this.summary.sendDue(this.clock.instant(), this.study.zone())).as("once a month").isZero();

		Instant midMonth = ZonedDateTime.of(2027, 3, 14, 9, 0, 0, 0, this.study.zone()).toInstant();
		assertThat(this.summaryTask.schedulableInstance("check").getNextExecutionTime(midMonth))
			.as("the job runs on the 1st of the next month")
			.isEqualTo(ZonedDateTime.of(2027, 4, 1, 6, 0, 0, 0, this.study.zone()).toInstant());
	}

	private byte[] pdf(Staff who, String path) {
		HttpResponse<byte[]> response = who.bytes(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		return response.body();
	}

	private UUID learner(Staff staff) {
		return this.learners.byDeviceKey(staff.browser.deviceCookie().orElseThrow().getValue()).orElseThrow();
	}

	private String certificatePath(Staff.Created organisation, String name) {
		UUID organisationId = OrganisationJourneyTest.id(organisation);
		return "/en/cards/organisations/" + organisationId + "/certificates/"
				+ this.learnersMember(organisationId, name) + "/" + this.deck.key();
	}

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private UUID learnersMember(UUID organisation, String name) {
		return this.jdbc
			.sql("select id from learning_organisation_member where organisation_id = ? and display_name = ?")
			.params(organisation, name)
			.query(UUID.class)
			.single();
	}

}
