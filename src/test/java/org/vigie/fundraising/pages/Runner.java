package org.vigie.fundraising.pages;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.vigie.TestClock;
import org.vigie.fundraising.Giver;
import org.vigie.learning.reminders.Mailbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A runner's browser without JavaScript: fills the form that creates a page, reads the
 * emailed link and publishes the page.
 */
final class Runner {

	private final Giver browser;

	private final TestClock clock;

	private final Mailbox mailbox;

	Runner(Giver browser, TestClock clock, Mailbox mailbox) {
		this.browser = browser;
		this.clock = clock;
		this.mailbox = mailbox;
	}

	Giver browser() {
		return this.browser;
	}

	/** The hidden fields of the form at {@code path} (its token, a link's token). */
	Map<String, String> hidden(String path, String form) {
		Document page = this.browser.page(path);
		Map<String, String> fields = new LinkedHashMap<>();
		page.select(form + " input[type=hidden]").forEach((input) -> fields.put(input.attr("name"), input.val()));
		assertThat(fields).as("form " + form + " at " + path).containsKey("token");
		return fields;
	}

	/** A complete creation form, to change before sending. */
	Map<String, String> creation(String createPath, String name, String goal, String email) {
		Map<String, String> fields = hidden(createPath, "form.page-form");
		fields.put("name", name);
		fields.put("slug", "");
		fields.put("goal", goal);
		fields.put("story", "I run for the children.\n\nSecond paragraph.");
		fields.put("language", "en");
		fields.put("team", "");
		fields.put("email", email);
		return fields;
	}

	/** Sends a form as a person would: a few seconds after it was shown. */
	HttpResponse<String> send(String path, Map<String, String> fields) {
		this.clock.advance(Duration.ofSeconds(5));
		return this.browser.post(path, fields);
	}

	/** Creates a page and publishes it by the emailed link; its address. */
	String createAndPublish(String createPath, Map<String, String> fields) {
		String email = fields.get("email").toLowerCase(java.util.Locale.ROOT);
		int before = this.mailbox.to(email).size();
		HttpResponse<String> created = send(createPath, fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		MimeMessage message = this.mailbox.await(email, before + 1).get(before);
		return publish(Mailbox.link(message, "?t="));
	}

	/** Follows a publishing link and presses its button; the page's address. */
	String publish(String linkPath) {
		Document confirm = this.browser.page(linkPath);
		Map<String, String> fields = new LinkedHashMap<>();
		confirm.select("form.publish-form input[type=hidden]")
			.forEach((input) -> fields.put(input.attr("name"), input.val()));
		HttpResponse<String> published = this.browser.post(confirm.select("form.publish-form").attr("action"), fields);
		assertThat(published.statusCode()).isEqualTo(302);
		return published.headers().firstValue("Location").orElseThrow();
	}

}
