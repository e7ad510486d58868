package org.vigie.learning.reminders;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.HtmlChecker;
import org.vigie.learning.Learner;
import org.vigie.learning.LearningTest;
import org.vigie.notifications.Email;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A learner with reminders changes their hour and language, then turns them off from the
 * page, which deletes their address; the pages are valid HTML; an email's extra headers
 * cannot carry a second header.
 */
@LearningTest
class ReminderSettingsTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private org.vigie.identity.ServerKeys keys;

	private final Mailbox mailbox = new Mailbox(mail);

	@Test
	void changesTheHourAndLanguageThenTurnsRemindersOffAndDeletesTheAddress() {
		Learner learner = Learner.fromOwnAddress(this.port);
		String email = "settings." + UUID.randomUUID() + "@example.org";
		List<String> problems = new ArrayList<>();
		problems.addAll(valid(learner, ReminderForms.PAGE));
		ReminderForms.ask(learner, email, "8", "en");
		String link = Mailbox.link(this.mailbox.await(email, 1).get(0), "sign-in");
		problems.addAll(valid(learner, link));
		ReminderForms.follow(learner, link);
		problems.addAll(valid(learner, ReminderForms.PAGE + "?done=confirmed"));

		HttpResponse<String> changed = learner.post(ReminderForms.PAGE + "/settings",
				Map.of("token", ReminderForms.token(learner), "hour", "21", "language", "fr"));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("?done=changed");
		assertThat(learner.page(ReminderForms.PAGE).select("[data-reminders-on]").text()).contains("21:00")
			.contains("Français");
		HttpResponse<String> badHour = learner.post(ReminderForms.PAGE + "/settings",
				Map.of("token", ReminderForms.token(learner), "hour", "24", "language", "fr"));
		assertThat(badHour.statusCode()).isEqualTo(400);
		problems.addAll(HtmlChecker.check("bad hour", badHour.body()).errorsNotingWarnings());
		assertThat(learner.page(ReminderForms.PAGE).select("[data-reminders-on]").text()).contains("21:00");
		assertThat(rows(email)).isEqualTo(1);

		assertThat(learner.post(ReminderForms.PAGE + "/off", Map.of("token", "forged")).statusCode()).isEqualTo(400);
		assertThat(rows(email)).isEqualTo(1);
		HttpResponse<String> off = learner.post(ReminderForms.PAGE + "/off",
				Map.of("token", ReminderForms.token(learner)));
		assertThat(off.headers().firstValue("Location").orElseThrow()).endsWith("?done=off");
		assertThat(rows(email)).as("the address is deleted with the reminders").isZero();
		assertThat(learner.page(ReminderForms.PAGE + "?done=off").select("[role=status]").text())
			.contains("your address is deleted");
		assertThat(
				learner.post(ReminderForms.PAGE + "/off", Map.of("token", ReminderForms.token(learner))).statusCode())
			.isEqualTo(400);
		assertThat(problems).isEmpty();
	}

	@Test
	void anEmailHeaderIsOneLineAndNeverOneTheOutboxWrites() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Email("a@example.org", "s", "t", Map.of("List-Unsubscribe", "<x>\r\nBcc: b@c.d")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Email("a@example.org", "s", "t", Map.of("Bcc", "b@example.org")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Email("a@example.org", "s", "t", Map.of("X-A: b\r\nBcc", "b@example.org")));
		assertThat(new Email("a@example.org", "s", "t").headers()).isEmpty();
	}

	private List<String> valid(Learner learner, String path) {
		HttpResponse<String> page = learner.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return HtmlChecker.check(path, page.body()).errorsNotingWarnings();
	}

	private int rows(String email) {
		return this.jdbc.sql("select count(*) from learning_reminder where email_hash = ?")
			.param(this.keys.keyedHash("learning-reminder-email", email))
			.query(Integer.class)
			.single();
	}

}
