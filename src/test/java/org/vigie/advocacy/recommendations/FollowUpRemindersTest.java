package org.vigie.advocacy.recommendations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a recommendation's follow-up date comes while it is still open, the advocacy team
 * gets one email in their language, once: a second run sends nothing, two runs at the
 * same moment (two nodes) send it once, a new follow-up date gives a new reminder. The
 * staff list shows it as due.
 */
@AdvocacyTest
class FollowUpRemindersTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private FollowUpReminders reminders;

	@Autowired
	private RecommendationStore recommendations;

	@Autowired
	private AddresseeStore addressees;

	@Autowired
	private RecommendationDesk desk;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theTeamIsRemindedOncePerRecommendationAndDate() {
		Campaigners.Signed officer = Advocates.signIn(this.context, Language.NL);
		LocalDate today = this.recommendations.today();
		Recommendation due = create(today.minusDays(1));
		Recommendation later = create(today.plusDays(3));

		this.reminders.sendDue();
		this.reminders.sendDue();
		List<MimeMessage> received = arrived(officer.email(), due.code(), 1);
		assertThat(received).hasSize(1);
		assertThat(subject(received.get(0))).isEqualTo("Opvolging nodig: aanbeveling " + due.code());
		assertThat(Mailbox.text(received.get(0))).contains(today.minusDays(1).toString())
			.contains("/admin/advocacy/recommendations/" + due.id())
			.contains("Gedaan");
		assertThat(sent(due)).isEqualTo(1);
		assertThat(sent(later)).isZero();
		assertThat(Jsoup.parse(officer.browser().get("/admin/advocacy/recommendations").body())
			.select("[data-overdue] li")
			.eachAttr("data-recommendation")).contains(due.code()).doesNotContain(later.code());

		// A new follow-up date is a new reminder, sent once as well.
		this.desk.save(due.id(), draft(due.code(), today), "staff@example.org");
		this.reminders.sendDue();
		this.reminders.sendDue();
		List<MimeMessage> both = arrived(officer.email(), due.code(), 2);
		assertThat(both).hasSize(2);
		assertThat(sent(due)).isEqualTo(2);
		assertThat(about(new Mailbox(mail).to(officer.email()), due.code())).hasSize(2);
	}

	@Test
	void twoNodesRunningAtOnceSendItOnce() {
		Campaigners.Signed officer = Advocates.signIn(this.context, Language.EN);
		Recommendation due = create(this.recommendations.today());
		CompletableFuture<List<UUID>> one = CompletableFuture.supplyAsync(this.reminders::sendDue);
		CompletableFuture<List<UUID>> other = CompletableFuture.supplyAsync(this.reminders::sendDue);
		List<UUID> sent = new ArrayList<>(one.join());
		sent.addAll(other.join());
		assertThat(sent).filteredOn(due.id()::equals).hasSizeLessThanOrEqualTo(1);
		assertThat(sent(due)).isEqualTo(1);
		List<MimeMessage> received = arrived(officer.email(), due.code(), 1);
		assertThat(received).hasSize(1);
		assertThat(subject(received.get(0))).isEqualTo("Follow-up due: recommendation " + due.code());
	}

	private Recommendation create(LocalDate followUpOn) {
		String code = "remind-" + UUID.randomUUID().toString().substring(0, 8);
		return this.recommendations.byId(this.desk.create(draft(code, followUpOn), "staff@example.org")).orElseThrow();
	}

	private RecommendationDraft draft(String code, LocalDate followUpOn) {
		return new RecommendationDraft(code, Origin.NGO_REPORT, null, this.recommendations.today().minusDays(30),
				new Evidence(null, null, "Rapport annuel"), new Texts("Texte", "Tekst", "Text"),
				this.addressees.byCode("federal-government").orElseThrow().id(), null, Response.NONE, null,
				Progress.NO_EVIDENCE, null, followUpOn);
	}

	private long sent(Recommendation recommendation) {
		return this.jdbc.sql("select count(*) from advocacy_recommendations_reminder where recommendation_id = ?")
			.param(recommendation.id())
			.query(Long.class)
			.single();
	}

	/**
	 * The emails about a recommendation to an address, once there are at least
	 * {@code count}.
	 */
	private static List<MimeMessage> arrived(String to, String code, int count) {
		Mailbox mailbox = new Mailbox(mail);
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> about(mailbox.to(to), code), (messages) -> messages.size() >= count);
	}

	private static List<MimeMessage> about(List<MimeMessage> messages, String code) {
		return messages.stream().filter((message) -> subject(message).endsWith(" " + code)).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
