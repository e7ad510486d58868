package org.vigie.learning.reminders;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.Learner;
import org.vigie.learning.LearningTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is sent to the reminders' forms and links that is not what they expect gets a
 * clear page and changes nothing: malformed, oversized or hostile addresses, impossible
 * hours, forms from elsewhere, links expired, used, forged or altered, too many links.
 */
@LearningTest
class ReminderRefusalsTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private org.vigie.identity.ServerKeys keys;

	private final Mailbox mailbox = new Mailbox(mail);

	@Test
	void refusesBadAddressesAndHoursAndStoresNothing() {
		Learner learner = Learner.fromOwnAddress(this.port);
		String before = stored();
		String[][] cases = { { "", "8", "en", "not an email address" }, { "not-an-email", "8", "en", "not an email" },
				{ "a@b", "8", "en", "not an email" }, { "a@b.c\r\nBcc: x@example.org", "8", "en", "not an email" },
				{ "a@b.c\nBcc: x@example.org", "8", "en", "not an email" },
				{ "a".repeat(10_000) + "@example.org", "8", "en", "not an email" },
				{ "<script>@example.org", "8", "en", "not an email" },
				{ "ok@example.org", "25", "en", "Choose an hour" }, { "ok@example.org", "-1", "en", "Choose an hour" },
				{ "ok@example.org", "abc", "en", "Choose an hour" }, { "ok@example.org", "", "en", "Choose an hour" },
				{ "ok@example.org", "8", "xx", "one of the languages" },
				{ "ok@example.org", "8", "e\r\n", "one of the languages" } };
		for (String[] bad : cases) {
			HttpResponse<String> answer = ReminderForms.ask(learner, bad[0], bad[1], bad[2]);
			assertThat(answer.statusCode()).as(bad[0] + " / " + bad[1]).isEqualTo(400);
			assertThat(Jsoup.parse(answer.body()).select("[role=alert]").text()).as(bad[0] + " / " + bad[1])
				.contains(bad[3]);
			assertThat(answer.body()).doesNotContain("Bcc").doesNotContain("<script>@");
		}
		assertThat(stored()).isEqualTo(before);
		assertThat(mail.getReceivedMessages()).isEmpty();
	}

	@Test
	void refusesFormsFromElsewhereOrWithoutAGenuineToken() {
		Learner learner = Learner.fromOwnAddress(this.port);
		String before = stored();
		Map<String, String> fields = new LinkedHashMap<>(
				Map.of("email", "form@example.org", "hour", "8", "language", "en", "token", "1.00.forged"));
		assertThat(learner.post(ReminderForms.PAGE, fields).statusCode()).isEqualTo(400);
		fields.put("token", ReminderForms.token(learner));
		assertThat(learner.post(ReminderForms.PAGE, fields, "Sec-Fetch-Site", "cross-site").statusCode())
			.isEqualTo(400);
		this.clock.advance(ReminderFormTokens.MAXIMUM_AGE.plusMinutes(1));
		HttpResponse<String> old = learner.post(ReminderForms.PAGE, fields);
		assertThat(old.statusCode()).isEqualTo(400);
		assertThat(old.body()).contains("Reload the page");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void expiredUsedForgedAndAlteredLinksChangeNothing() {
		Learner learner = Learner.fromOwnAddress(this.port);
		String email = "links." + UUID.randomUUID() + "@example.org";
		ReminderForms.ask(learner, email, "8", "en");
		ReminderForms.ask(learner, email, "9", "en");
		String first = Mailbox.link(this.mailbox.await(email, 2).get(0), "sign-in");
		String second = Mailbox.link(this.mailbox.await(email, 2).get(1), "sign-in");
		String before = stored();

		char last = first.charAt(first.length() - 1);
		String altered = first.substring(0, first.length() - 1) + ((last == 'A') ? 'B' : 'A');
		String forged = "/en/cards/sign-in?t=" + "x".repeat(43);
		for (String bad : new String[] { altered, forged, "/en/cards/sign-in?t=", "/en/cards/sign-in", first + "x" }) {
			HttpResponse<String> page = learner.get(bad);
			assertThat(page.statusCode()).as(bad).isEqualTo(400);
			assertThat(page.body()).contains("This link does not work");
			String token = bad.contains("t=") ? bad.substring(bad.indexOf("t=") + 2) : "";
			assertThat(learner.post("/en/cards/sign-in", Map.of("t", token)).statusCode()).isEqualTo(400);
		}
		assertThat(stored()).isEqualTo(before);

		this.clock.advance(MagicLinks.VALIDITY.plus(Duration.ofMinutes(1)));
		assertThat(learner.get(first).statusCode()).as("expired").isEqualTo(400);
		assertThat(
				learner.post("/en/cards/sign-in", Map.of("t", first.substring(first.indexOf("t=") + 2))).statusCode())
			.isEqualTo(400);
		assertThat(stored()).isEqualTo(before);
		this.clock.advance(MagicLinks.VALIDITY.plus(Duration.ofMinutes(1)).negated());

		assertThat(ReminderForms.follow(learner, second).statusCode()).isEqualTo(302);
		String after = stored();
		assertThat(after).isNotEqualTo(before);
		assertThat(learner.get(second).statusCode()).as("used").isEqualTo(400);
		assertThat(
				learner.post("/en/cards/sign-in", Map.of("t", second.substring(second.indexOf("t=") + 2))).statusCode())
			.isEqualTo(400);
		assertThat(learner.page("/en/cards/reminders").select("[data-reminders-on]").text()).contains("09:00");
		assertThat(stored()).isEqualTo(after);
	}

	@Test
	void alteredUnsubscribeLinksTurnNothingOff() {
		Learner learner = Learner.fromOwnAddress(this.port);
		String email = "stay." + UUID.randomUUID() + "@example.org";
		ReminderForms.ask(learner, email, "8", "en");
		ReminderForms.follow(learner, Mailbox.link(this.mailbox.await(email, 1).get(0), "sign-in"));
		String learner1 = this.jdbc.sql("select learner_id from learning_reminder where email_hash = ?")
			.param(this.keys.keyedHash("learning-reminder-email", email))
			.query(String.class)
			.single();
		String forged = learner1 + "." + "0".repeat(64);
		String otherLearner = UUID.randomUUID() + "." + "0".repeat(64);
		for (String token : new String[] { forged, otherLearner, "", "x", learner1 }) {
			HttpResponse<String> answer = learner.post("/en/cards/unsubscribe?t=" + token,
					Map.of("List-Unsubscribe", "One-Click"), "Sec-Fetch-Site", "cross-site");
			assertThat(answer.statusCode()).as(token).isEqualTo(400);
			assertThat(answer.body()).contains("This unsubscribe link does not work");
		}
		assertThat(learner.page("/en/cards/reminders").select("[data-reminders-on]").text()).contains("08:00");
	}

	@Test
	void limitsLinksPerNetworkAndPerAddress() {
		Learner flood = Learner.fromOwnAddress(this.port);
		for (int i = 0; i < 10; i++) {
			assertThat(ReminderForms.ask(flood, "flood" + i + "." + UUID.randomUUID() + "@example.org", "8", "en")
				.statusCode()).isEqualTo(302);
		}
		HttpResponse<String> eleventh = ReminderForms.ask(flood, "flood." + UUID.randomUUID() + "@example.org", "8",
				"en");
		assertThat(eleventh.statusCode()).isEqualTo(429);
		assertThat(eleventh.body()).contains("Too many links");

		String email = "target." + UUID.randomUUID() + "@example.org";
		for (int i = 0; i < ReminderRequests.LINKS_PER_ADDRESS_PER_HOUR; i++) {
			assertThat(ReminderForms.ask(Learner.fromOwnAddress(this.port), email, "8", "en").statusCode())
				.isEqualTo(302);
		}
		HttpResponse<String> fourth = ReminderForms.ask(Learner.fromOwnAddress(this.port), email.toUpperCase(), "8",
				"en");
		assertThat(fourth.statusCode()).isEqualTo(429);
		assertThat(this.mailbox.await(email, ReminderRequests.LINKS_PER_ADDRESS_PER_HOUR))
			.hasSize(ReminderRequests.LINKS_PER_ADDRESS_PER_HOUR);
	}

	/** Everything reminders store, to see that a refusal changed none of it. */
	private String stored() {
		return this.jdbc.sql("select count(*) from learning_reminder").query(Integer.class).single() + "/"
				+ this.jdbc.sql("select count(*) from learning_reminder_link where used_at is null")
					.query(Integer.class)
					.single()
				+ "/" + this.jdbc.sql("select count(*) from learning_device").query(Integer.class).single() + "/"
				+ this.jdbc.sql("select count(*) from notifications_outbox").query(Integer.class).single();
	}

}
