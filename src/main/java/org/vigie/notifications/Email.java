package org.vigie.notifications;

/**
 * A plain-text email to one person.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body, in plain text
 */
public record Email(String to, String subject, String text) {

	public Email {
		if (to == null || to.isBlank() || to.contains("\n") || to.contains("\r")) {
			throw new IllegalArgumentException("An email needs one valid recipient");
		}
		subject = (subject != null) ? subject.replaceAll("[\\r\\n]+", " ").strip() : "";
	}

}
