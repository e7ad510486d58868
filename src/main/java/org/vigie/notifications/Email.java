package org.vigie.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plain-text email to one person.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body, in plain text
 * @param headers extra header lines, such as {@code List-Unsubscribe}: names of letters,
 * digits and hyphens that are not among the headers the outbox writes itself, values on
 * one line; empty for most emails
 */
public record Email(String to, String subject, String text, Map<String, String> headers) {

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
	}

	/** An email with no header of its own. */
	public Email(String to, String subject, String text) {
		this(to, subject, text, Map.of());
	}

}
