package org.vigie.mobilisation.newsletter;

import java.net.http.HttpResponse;
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
import org.vigie.identity.Role;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor composes an issue from recent posts and free text, previews it, sends a test
 * to themself and sends it once however often they press the button; bad input is refused
 * with nothing saved, and staff without the newsletter permission are kept out.
 */
@MobilisationTest
class NewsletterEditorTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private People people;

	@Autowired
	private Subscribers subscribers;

	@Autowired
	private DeliverySchedule.DeliveryRun run;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void leaveNothingQueued() {
		while (this.run.run() > 0) {
			// hand everything over
		}
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void anEditorComposesFromAPostPreviewsTestsAndSendsOnce() throws Exception {
		String key = UUID.randomUUID().toString().substring(0, 8);
		EmailAddress reader = EmailAddress.parse("reader-" + key + "@example.org").orElseThrow();
		UUID person = this.people.person(reader, Language.FR, this.clock.instant());
		this.subscribers.confirm(this.subscribers.signUp(person, Language.FR, new Topics(true, false, false), "Test",
				this.clock.instant()), this.clock.instant());
		Editors.Signed editor = Editors.signIn(this.context, Role.EDITOR);

		Document compose = Jsoup.parse(editor.browser().get("/admin/newsletter/new?language=fr").body());
		Element post = compose.selectFirst("[data-posts] input[name=post]");
		assertThat(post).isNotNull();
		String title = compose.selectFirst("label[for=" + post.id() + "]").text();
		String csrf = compose.selectFirst("input[name=_csrf]").val();
		int before = issueCount();

		Map<String, String> noSubject = form(csrf, "", "Du texte", null, true);
		assertBadRequest(editor.browser().post("/admin/newsletter/new?language=fr", noSubject), "subject");
		assertBadRequest(
				editor.browser()
					.post("/admin/newsletter/new?language=fr", form(csrf, "Objet", "x".repeat(9000), null, true)),
				"8,000");
		assertBadRequest(
				editor.browser().post("/admin/newsletter/new?language=fr", form(csrf, "Objet", "", null, true)),
				"post");
		assertBadRequest(editor.browser()
			.post("/admin/newsletter/new?language=fr", form(csrf, "Objet", "Du texte", null, false)), "topic");
		assertThat(issueCount()).isEqualTo(before);

		String intro = "Bonjour " + key + " <script>alert(1)</script>\u0007";
		HttpResponse<String> created = editor.browser()
			.post("/admin/newsletter/new?language=fr", form(csrf, "Lettre " + key, intro, post.val(), true));
		assertThat(created.statusCode()).isEqualTo(302);
		String page = Editors.location(created).replaceFirst("\\?.*", "");
		Document issue = Jsoup.parse(editor.browser().get(page + "?done=saved").body());
		assertThat(issue.select("[data-done]").text()).isEqualTo("Draft saved.");
		String preview = issue.select("[data-preview]").text();
		assertThat(preview).contains("Bonjour " + key + " <script>alert(1)</script>")
			.doesNotContain("\u0007")
			.contains(title)
			.contains("http://localhost:8080" + post.val());
		assertThat(issue.select("[data-preview] script")).isEmpty();

		HttpResponse<String> tested = editor.browser()
			.post(page + "/test", Map.of("_csrf", issue.selectFirst("form[data-test] input[name=_csrf]").val()));
		assertThat(Editors.location(tested)).endsWith("?done=tested");
		MimeMessage test = new Mailbox(mail).await(editor.email(), 1).get(0);
		assertThat(test.getSubject()).isEqualTo("[Test] Lettre " + key);
		assertThat(test.getHeader("List-Unsubscribe")[0]).contains("/fr/lettre/desinscription/");
		assertThat(test.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(new Mailbox(mail).to(reader.value())).isEmpty();

		String sendCsrf = issue.selectFirst("form[data-send] input[name=_csrf]").val();
		HttpResponse<String> unconfirmed = editor.browser().post(page + "/send", Map.of("_csrf", sendCsrf));
		assertBadRequest(unconfirmed, "Tick the box");
		assertThat(new Mailbox(mail).to(reader.value())).isEmpty();
		HttpResponse<String> sent = editor.browser().post(page + "/send", Map.of("_csrf", sendCsrf, "confirm", "yes"));
		assertThat(Editors.location(sent)).endsWith("?done=queued");
		HttpResponse<String> again = editor.browser().post(page + "/send", Map.of("_csrf", sendCsrf, "confirm", "yes"));
		assertThat(Editors.location(again)).endsWith("?done=already");
		assertThat(this.jdbc.sql("select count(*) from identity_audit where action = ? and target = ?")
			.params("MOBILISATION_NEWSLETTER_SENT", "newsletter:" + page.substring(page.lastIndexOf('/') + 1))
			.query(Integer.class)
			.single()).isEqualTo(1);
		while (this.run.run() > 0) {
			// hand everything over
		}
		List<MimeMessage> received = new Mailbox(mail).await(reader.value(), 1);
		assertThat(received).hasSize(1);
		assertThat(Mailbox.text(received.get(0))).contains(title).contains("Bonjour " + key);
		List<String> links = Mailbox.text(received.get(0))
			.lines()
			.flatMap((line) -> java.util.Arrays.stream(line.split("\\s+")))
			.filter((word) -> word.contains("://"))
			.toList();
		assertThat(links).contains("http://localhost:8080" + post.val())
			.allSatisfy((link) -> assertThat(link).startsWith("http://localhost:8080/").doesNotContain("?"));
		assertThat(received.get(0).getContentType()).startsWith("text/plain");
		assertThat(editor.browser().post(page, form(sendCsrf, "Changée", "Texte", null, true)).statusCode())
			.isEqualTo(400);
	}

	@Test
	void onlyStaffWithTheNewsletterPermissionReachIt() {
		assertThat(Editors.signIn(this.context, Role.FUNDRAISER).browser().get("/admin/newsletter").statusCode())
			.isEqualTo(403);
		assertThat(Editors.signIn(this.context, Role.CAMPAIGNER).browser().get("/admin/newsletter").statusCode())
			.isEqualTo(200);
		Editors.Signed editor = Editors.signIn(this.context, Role.EDITOR);
		assertThat(editor.browser()
			.post("/admin/newsletter/new?language=fr", form("", "Objet", "Texte", null, true))
			.statusCode()).isEqualTo(403);
		assertThat(editor.browser().get("/admin/newsletter/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	private int issueCount() {
		return this.jdbc.sql("select count(*) from mobilisation_newsletter_issue").query(Integer.class).single();
	}

	private static Map<String, String> form(String csrf, String subject, String intro, String post, boolean topics) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrf);
		form.put("subject", subject);
		form.put("intro", intro);
		if (post != null) {
			form.put("post", post);
		}
		if (topics) {
			form.put("topic_news", "on");
		}
		return form;
	}

	private static void assertBadRequest(HttpResponse<String> response, String problem) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("[data-problem]").text()).contains(problem);
	}

}
