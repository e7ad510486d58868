package org.vigie.mobilisation.newsletter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigie.mobilisation.people.PrivacyLinks;
import org.vigie.notifications.Email;

/**
 * The email of an issue to one reader: the issue's plain text, then why they receive it,
 * their own one-click unsubscribe link and their privacy link. The unsubscribe link is
 * also in the headers mail programs read (RFC 2369 {@code List-Unsubscribe}) with
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058), so a mail
 * provider's own "unsubscribe" button works without opening any page. Nothing in it
 * tracks the reader: no image, and links are plain addresses of the site.
 */
@Component
public class NewsletterMail {

	private static final UUID NOBODY = new UUID(0, 0);

	private final UnsubscribeLinks unsubscribe;

	private final PrivacyLinks privacy;

	private final NewsletterText text;

	NewsletterMail(UnsubscribeLinks unsubscribe, PrivacyLinks privacy, NewsletterText text) {
		this.unsubscribe = unsubscribe;
		this.privacy = privacy;
		this.text = text;
	}

	/** An issue's email to a subscriber. */
	public Email issue(Issue issue, String to, UUID subscriptionId, UUID personId, Topics topics) {
		return email(issue, to, issue.subject(), subscriptionId, personId, topics);
	}

	/**
	 * A test of an issue to an editor, who is not a subscriber: the same email, marked as
	 * a test, whose personal links lead to no one's data.
	 */
	public Email test(Issue issue, String to) {
		String subject = this.text.text("mobilisation.newsletter.mail.test", issue.language()) + " " + issue.subject();
		return email(issue, to, subject, NOBODY, NOBODY, issue.topics());
	}

	private Email email(Issue issue, String to, String subject, UUID subscriptionId, UUID personId, Topics topics) {
		String link = this.unsubscribe.link(issue.language(), subscriptionId);
		String body = issue.body() + "\n\n-- \n"
				+ this.text.text("mobilisation.newsletter.mail.footer", issue.language(),
						this.text.topics(topics, issue.language()), link,
						this.privacy.link(issue.language(), personId));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + link + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return new Email(to, subject, body, headers);
	}

}
