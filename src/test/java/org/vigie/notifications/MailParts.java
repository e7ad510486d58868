package org.vigie.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * A received email taken apart, for tests: its plain text and its attachments, however
 * deeply the parts are nested.
 *
 * @param text the plain-text parts, joined
 * @param attachments the attached files, in order
 */
public record MailParts(String text, List<MailParts.Part> attachments) {

	/**
	 * One attached file.
	 *
	 * @param filename the name the recipient sees
	 * @param contentType the part's full content type
	 * @param bytes the decoded content
	 */
	public record Part(String filename, String contentType, byte[] bytes) {

	}

	/** Takes a received message apart. */
	public static MailParts of(MimeMessage message) {
		StringBuilder text = new StringBuilder();
		List<Part> attachments = new ArrayList<>();
		try {
			walk(message, text, attachments);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new MailParts(text.toString(), attachments);
	}

	/** The one attachment whose name ends so, such as {@code .ics}. */
	public Part attachment(String suffix) {
		return this.attachments.stream()
			.filter((part) -> part.filename().endsWith(suffix))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No attachment ending in " + suffix + " among " + this.attachments));
	}

	private static void walk(jakarta.mail.Part part, StringBuilder text, List<Part> attachments)
			throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				walk(child, text, attachments);
			}
		}
		else if (part.getFileName() != null || jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			attachments.add(new Part(part.getFileName(), part.getContentType(), part.getInputStream().readAllBytes()));
		}
		else if (part.isMimeType("text/plain")) {
			text.append(part.getContent());
		}
	}

}
