package org.vigie.mobilisation.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.vigie.notifications.MailParts;

/**
 * Participants' emails as a person reads them: the text (plain or beside a calendar
 * file), the site's links in it, and the attached {@code .ics}.
 */
final class Mails {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

	private Mails() {
	}

	static String text(MimeMessage message) {
		return MailParts.of(message).text();
	}

	/** The path of the first link with this word in it. */
	static String link(MimeMessage message, String word) {
		Matcher matcher = LINK.matcher(text(message));
		List<String> paths = new ArrayList<>();
		while (matcher.find()) {
			paths.add(matcher.group(1));
		}
		return paths.stream()
			.filter((path) -> path.contains(word))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + word + " link in " + text(message)));
	}

	/** The attached calendar file, as text. */
	static String calendar(MimeMessage message) {
		return new String(MailParts.of(message).attachment(".ics").bytes(), StandardCharsets.UTF_8);
	}

	/** Whether the email carries a calendar file. */
	static boolean hasCalendar(MimeMessage message) {
		return MailParts.of(message).attachments().stream().anyMatch((part) -> part.filename().endsWith(".ics"));
	}

}
