package org.vigie.learning.reminders;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.vigie.learning.Learner;

/** The reminders' forms as a learner fills them in. */
final class ReminderForms {

	static final String PAGE = "/en/cards/reminders";

	private ReminderForms() {
	}

	/** The form token of the reminders' page. */
	static String token(Learner learner) {
		Document page = learner.page(PAGE);
		return page.selectFirst("input[name=token]").val();
	}

	/** Asks for reminders (or a sign-in link) from the English page. */
	static HttpResponse<String> ask(Learner learner, String email, String hour, String language) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("token", token(learner));
		fields.put("email", email);
		fields.put("hour", hour);
		fields.put("language", language);
		return learner.post(PAGE, fields);
	}

	/** Follows an emailed link: opens its page, then presses its button. */
	static HttpResponse<String> follow(Learner learner, String linkPath) {
		Document page = learner.page(linkPath);
		Map<String, String> fields = new LinkedHashMap<>();
		page.select("main form input[type=hidden]").forEach((input) -> fields.put(input.attr("name"), input.val()));
		return learner.post(page.selectFirst("main form").attr("action"), fields);
	}

}
