package org.vigie.fundraising;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.vigie.learning.Learner;

/**
 * A donor's browser without JavaScript (the learning module's {@link Learner}, which
 * keeps cookies, does not follow redirects and posts as the same origin), with the gift
 * form's fields at hand.
 */
public final class Giver {

	private final Learner browser;

	private Giver(Learner browser) {
		this.browser = browser;
	}

	/** A donor connecting from a loopback address of their own, so limits are theirs. */
	public static Giver fromOwnAddress(int port) {
		return new Giver(Learner.fromOwnAddress(port));
	}

	public Document page(String path) {
		return this.browser.page(path);
	}

	public HttpResponse<String> get(String path) {
		return this.browser.get(path);
	}

	public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
		return this.browser.post(path, fields, headers);
	}

	/** The hidden fields of the gift form at {@code givePath} (its token, the page). */
	public Map<String, String> formFields(String givePath) {
		Document page = page(givePath);
		Map<String, String> fields = new LinkedHashMap<>();
		page.select("form.give-form input[type=hidden]")
			.forEach((input) -> fields.put(input.attr("name"), input.val()));
		if (!fields.containsKey("token")) {
			throw new AssertionError("No gift form at " + givePath);
		}
		return fields;
	}

	/** A complete, valid gift by transfer of {@code euros}, without certificate. */
	public static Map<String, String> transfer(Map<String, String> hidden, String euros, String email) {
		Map<String, String> fields = new LinkedHashMap<>(hidden);
		fields.put("amount", "other");
		fields.put("other", euros);
		fields.put("frequency", "once");
		fields.put("method", "TRANSFER");
		fields.put("firstName", "Anna");
		fields.put("lastName", "Verbeke");
		fields.put("email", email);
		fields.put("consent", "yes");
		return fields;
	}

}
