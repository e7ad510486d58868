package org.vigie.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plain-text email to one person, with optional attachments.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body, in plain text
 * @param headers extra header lines, such as {@code List-Unsubscribe}: names of letters,
 * digits and hyphens that are not among the headers the outbox writes itself, values on
 * one line; empty for most emails
 * @param attachments files sent with the text, such as a calendar file; at most
 * {@value #MAX_ATTACHMENTS} of them, {@value #MAX_ATTACHMENT_BYTES} bytes in all, since
 * the outbox keeps them until the email leaves; empty for most emails
 */
public record Email(String to, String subject, String text, Map<String, String> headers, List<Attachment> attachments) {

	/** The most attachments one email may carry. */
	public static final int MAX_ATTACHMENTS = 5;

	/** The most bytes all of an email's attachments may weigh together (512 KB). */
	public static final int MAX_ATTACHMENT_BYTES = 512 * 1024;

	private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,60}");

	private static final java.util.Set<String> RESERVED = java.util.Set.of("from", "to", "cc", "bcc", "subject",
			"reply-to", "sender", "content-type", "content-transfer-encoding", "mime-version", "date", "message-id");

	public Email {
		if (to == null || to.isBlank() || to.contains("\n") || to.contains("\r")) {
			throw new IllegalArgumentException("An email needs one valid recipient");
		}
		subject = (subject != null) ? subject.replaceAll("[\\r\\n]+", " ").strip() : "";
		Map<String, String> checked = new LinkedHashMap<>();
		if (headers != null) {
			headers.forEach((name, value) -> {
				if (name == null || !HEADER_NAME.matcher(name).matches()
						|| RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT)) || value == null
						|| value.length() > 1000 || value.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
					throw new IllegalArgumentException("An email header must be one safe line");
				}
				checked.put(name, value);
			});
		}
		headers = java.util.Collections.unmodifiableMap(checked);
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		if (attachments.size() > MAX_ATTACHMENTS
				|| attachments.stream().mapToLong(Attachment::size).sum() > MAX_ATTACHMENT_BYTES) {
			throw new IllegalArgumentException("An email's attachments must stay small");
		}
	}

	/** An email with extra headers and no attachment. */
	public Email(String to, String subject, String text, Map<String, String> headers) {
		this(to, subject, text, headers, List.of());
	}

	/** An email with no header of its own. */
	public Email(String to, String subject, String text) {
		this(to, subject, text, Map.of());
	}

	/** The same email with one more attachment. */
	public Email with(Attachment attachment) {
		List<Attachment> more = new java.util.ArrayList<>(this.attachments);
		more.add(attachment);
		return new Email(this.to, this.subject, this.text, this.headers, more);
	}

}
