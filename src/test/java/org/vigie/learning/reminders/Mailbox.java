package org.vigie.learning.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The emails GreenMail received for one address, waited for on GreenMail's own signal,
 * and the site's links they hold, as paths on the server under test.
 */
public final class Mailbox {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

	private final GreenMailExtension mail;

	public Mailbox(GreenMailExtension mail) {
		this.mail = mail;
	}

	/** The emails to an address, once there are at least {@code count}. */
	public List<MimeMessage> await(String to, int count) {
		Instant end = Instant.now().plus(Duration.ofSeconds(20));
		while (true) {
			List<MimeMessage> received = to(to);
			if (received.size() >= count) {
				return received;
			}
			if (Instant.now().isAfter(end)) {
				throw new AssertionError(count + " emails expected for " + to + ", " + received.size() + " arrived");
			}
			this.mail.waitForIncomingEmail(200, this.mail.getReceivedMessages().length + 1);
		}
	}

	/** The emails to an address received so far. */
	public List<MimeMessage> to(String to) {
		return Arrays.stream(this.mail.getReceivedMessages()).filter((message) -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The text of an email, decoded (its plain-text parts when it has attachments). */
	public static String text(MimeMessage message) {
		try {
			return (message.getContent() instanceof jakarta.mail.Multipart)
					? org.vigie.notifications.MailParts.of(message).text() : message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The paths of the site's links in an email's text, in order. */
	public static List<String> links(MimeMessage message) {
		Matcher matcher = LINK.matcher(text(message));
		List<String> paths = new java.util.ArrayList<>();
		while (matcher.find()) {
			paths.add(matcher.group(1));
		}
		return paths;
	}

	/** The path of the first link with this word in it. */
	public static String link(MimeMessage message, String word) {
		return links(message).stream()
			.filter((path) -> path.contains(word))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + word + " link in " + text(message)));
	}

}
