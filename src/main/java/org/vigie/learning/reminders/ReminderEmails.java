package org.vigie.learning.reminders;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.learning.web.CardsPaths;
import org.vigie.notifications.Email;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails of reminders, written in the learner's language: the link that confirms
 * reminders or signs in, and the reminder itself. A reminder says how many cards are due
 * in which decks, with a link to each; it never holds a question, an answer or a score.
 * It carries a one-click unsubscribe link in its text and in the headers mail programs
 * show as a button (RFC 2369 and RFC 8058).
 */
@Component
class ReminderEmails {

	private final MessageSource messages;

	private final SiteProperties site;

	ReminderEmails(MessageSource messages, SiteProperties site) {
		this.messages = messages;
		this.site = site;
	}

	/** The address of the page a link opens. */
	String linkAddress(Language language, String token) {
		return this.site.absolute(CardsPaths.base(language) + "/sign-in?t=" + token);
	}

	/** The address of the unsubscribe page and of the one-click request. */
	String unsubscribeAddress(Language language, String token) {
		return this.site
			.absolute(CardsPaths.base(language) + "/unsubscribe?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
	}

	/** The email that confirms reminders, or signs in on another device. */
	Email link(String to, MagicLinks.Purpose purpose, Language language, Integer hour, String token) {
		String kind = (purpose == MagicLinks.Purpose.CONFIRM) ? "confirm" : "signIn";
		return new Email(to, text("learning.reminders.mail." + kind + ".subject", language, this.site.name()),
				text("learning.reminders.mail." + kind + ".text", language, this.site.name(), (hour != null) ? hour : 0,
						linkAddress(language, token), MagicLinks.VALIDITY.toHours()));
	}

	/** The reminder of the cards due. */
	Email reminder(String to, Language language, int hour, List<DueDeck> decks, String unsubscribeToken) {
		int total = decks.stream().mapToInt(DueDeck::due).sum();
		StringBuilder lines = new StringBuilder();
		for (DueDeck deck : decks) {
			lines.append(text("learning.reminders.mail.reminder.deck", language, deck.title(), deck.due()))
				.append('\n')
				.append(this.site.absolute(deck.path()))
				.append("\n\n");
		}
		String unsubscribe = unsubscribeAddress(language, unsubscribeToken);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return new Email(to, text("learning.reminders.mail.reminder.subject", language, total),
				text("learning.reminders.mail.reminder.text", language, total, lines.toString().strip(), hour,
						unsubscribe, this.site.name()),
				headers);
	}

	private String text(String code, Language language, Object... args) {
		return this.messages.getMessage(code, args, language.locale());
	}

	/**
	 * A deck with cards due, as the reminder names it.
	 *
	 * @param title its title in the reminder's language
	 * @param path its page in that language
	 * @param due how many of its cards are due
	 */
	record DueDeck(String title, String path, int due) {

	}

}
