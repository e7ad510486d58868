package org.vigie.mobilisation.newsletter;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.mobilisation.confirm.Confirmations;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PrivacyLinks;
import org.vigie.notifications.Email;
import org.vigie.site.Language;

/**
 * A newsletter sign-up from a form already checked: the person, the pending subscription,
 * the consent asked, and a confirmation email unless the address had its daily share of
 * them. The caller answers the same whatever happened here, so nobody learns whether an
 * address is subscribed.
 */
@Component
public class NewsletterSignup {

	private final People people;

	private final Subscribers subscriptions;

	private final Confirmations confirmations;

	private final PrivacyLinks privacy;

	private final NewsletterText text;

	private final TransactionTemplate transactions;

	NewsletterSignup(People people, Subscribers subscriptions, Confirmations confirmations, PrivacyLinks privacy,
			NewsletterText text, TransactionTemplate transactions) {
		this.people = people;
		this.subscriptions = subscriptions;
		this.confirmations = confirmations;
		this.privacy = privacy;
		this.text = text;
		this.transactions = transactions;
	}

	/** Signs up an address in a language for some topics (at least one). */
	public void signUp(EmailAddress email, Language language, Topics topics, Instant now) {
		if (!topics.any()) {
			throw new IllegalArgumentException("A sign-up needs a topic");
		}
		UUID person = this.people.person(email, language, now);
		this.transactions.executeWithoutResult((status) -> {
			UUID subscription = this.subscriptions.signUp(person, language, topics, this.text.consentWording(language),
					now);
			this.confirmations.request(SubscriptionConfirmation.KIND, subscription, person, email, language,
					(link) -> confirmationEmail(email, language, topics, link, person), now);
		});
	}

	private Email confirmationEmail(EmailAddress email, Language language, Topics topics, String link, UUID person) {
		String body = this.text.text("mobilisation.newsletter.mail.confirm.body", language,
				this.text.topics(topics, language), link, this.privacy.link(language, person));
		return new Email(email.value(), this.text.text("mobilisation.newsletter.mail.confirm.subject", language), body);
	}

}
