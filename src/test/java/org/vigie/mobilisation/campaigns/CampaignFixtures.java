package org.vigie.mobilisation.campaigns;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.Supporter;
import org.vigie.site.Language;

/**
 * Campaigns of their own for each test (the per-campaign limits and counters stay
 * theirs), and a supporter's steps: filling in the join form at a person's pace, and
 * confirming from the email.
 */
final class CampaignFixtures {

	private CampaignFixtures() {
	}

	/** A new published campaign, open since yesterday, with a goal of 100. */
	static Campaign open(CampaignStore campaigns, Instant now) {
		String key = "test-" + UUID.randomUUID().toString().substring(0, 8);
		Map<Language, CampaignText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			texts.put(language,
					new CampaignText(key + "-" + language.code(), "Campaign " + key + " " + language.code(),
							"Summary " + language.code(), "First paragraph.\n\nSecond paragraph.",
							"Share text " + language.code()));
		}
		LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Brussels"));
		return campaigns.save(new Campaign(UUID.randomUUID(), key, 100, today.minusDays(1), null, true, null, texts),
				now);
	}

	/** The join form's fields as a person fills them in. */
	static Map<String, String> fields(String firstName, String email, String city, String country, boolean wall,
			boolean news) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("firstName", firstName);
		fields.put("email", email);
		fields.put("city", city);
		fields.put("country", country);
		if (wall) {
			fields.put("wall", "on");
		}
		if (news) {
			fields.put("news", "on");
		}
		return fields;
	}

	/**
	 * Opens the campaign page at {@code path}, waits like a person, and sends the form
	 * with those fields added to its hidden ones.
	 */
	static HttpResponse<String> join(Supporter supporter, TestClock clock, String path, Map<String, String> typed) {
		Document page = supporter.page(path);
		Map<String, String> fields = Supporter.hiddenFields(page, "form[data-join]");
		fields.putAll(typed);
		clock.advance(Duration.ofSeconds(5));
		return supporter.post(Supporter.action(page, "form[data-join]"), fields);
	}

	/** The confirmation email's link opened, and its button pressed: where it leads. */
	static String confirm(Supporter supporter, MimeMessage email, String word) {
		String link = Mailbox.links(email)
			.stream()
			.filter((l) -> l.contains("/" + word + "/"))
			.findFirst()
			.orElseThrow();
		Document page = supporter.page(link);
		HttpResponse<String> confirmed = supporter.post(Supporter.action(page, "form[data-auto-confirm]"), Map.of());
		if (confirmed.statusCode() != 302) {
			throw new AssertionError("Confirming answered " + confirmed.statusCode());
		}
		return path(confirmed.headers().firstValue("Location").orElseThrow());
	}

	/** An address as a path on this site. */
	static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

}
