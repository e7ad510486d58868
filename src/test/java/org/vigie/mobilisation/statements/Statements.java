package org.vigie.mobilisation.statements;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.Supporter;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements of the tests, each with addresses of its own, and what an organisation does
 * with them through the public pages.
 */
final class Statements {

	private Statements() {
	}

	/** A new open, published statement. */
	static Statement open(StatementStore store, TestClock clock) {
		String key = "test-" + UUID.randomUUID().toString().substring(0, 8);
		Map<Language, StatementText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			texts.put(language,
					new StatementText(key + "-" + language.code(), "Statement " + key + " " + language.code(),
							"The minister", "Summary " + language.code(), "First paragraph.\n\nSecond paragraph."));
		}
		Statement statement = new Statement(UUID.randomUUID(), key,
				LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Brussels")).minusDays(1), null, true,
				texts);
		store.save(statement, clock.instant());
		return statement;
	}

	/** The fields of a complete form. */
	static Map<String, String> fields(String name, String type, String website, String email) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("type", type);
		fields.put("city", "Namur");
		fields.put("website", website);
		fields.put("enterpriseNumber", "");
		fields.put("contact", "Camille Contact");
		fields.put("email", email);
		fields.put("consent", "yes");
		return fields;
	}

	/**
	 * Opens the statement's page, fills the form in at a person's pace and sends it; the
	 * answer. The page is shown five seconds ago on the test clock, so that the form is
	 * sent now and its email is due at once.
	 */
	static HttpResponse<String> sign(Supporter supporter, TestClock clock, String path, Map<String, String> fields) {
		return supporter.post(action(supporter, clock, path), form(supporter, clock, path, fields));
	}

	/** The form's fields as a person sends them: its hidden ones, issued 5 s ago. */
	static Map<String, String> form(Supporter supporter, TestClock clock, String path, Map<String, String> fields) {
		Document page = shownEarlier(supporter, clock, path);
		Map<String, String> sent = Supporter.hiddenFields(page, "form[data-sign-form]");
		sent.putAll(fields);
		return sent;
	}

	static String action(Supporter supporter, TestClock clock, String path) {
		return Supporter.action(supporter.page(path), "form[data-sign-form]");
	}

	private static Document shownEarlier(Supporter supporter, TestClock clock, String path) {
		Instant now = clock.instant();
		try {
			clock.set(now.minus(Duration.ofSeconds(5)));
			return supporter.page(path);
		}
		finally {
			clock.set(now);
		}
	}

	/** Follows the confirmation link of the email to that address, as a person does. */
	static HttpResponse<String> confirm(Supporter supporter, MimeMessage message) throws Exception {
		String link = Mailbox.links(message)
			.stream()
			.filter((l) -> l.matches(".*/(confirmer|bevestigen|confirm)/.*"))
			.findFirst()
			.orElseThrow();
		Document page = supporter.page(link);
		return supporter.post(Supporter.action(page, "form[data-auto-confirm]"), Map.of());
	}

	/** The names on a statement's public page. */
	static List<String> names(Supporter supporter, String path) {
		return supporter.page(path).select("[data-signatory] [data-name]").eachText();
	}

	/** Where a response sends the browser, as a path. */
	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
	}

	static void assertSigned(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).endsWith("?signed");
	}

}
