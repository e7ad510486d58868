package org.vigie.mobilisation.newsletter;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigie.mobilisation.confirm.ConfirmationHandler;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.site.Language;

/**
 * What confirming a newsletter sign-up does: its topics become the subscription's, the
 * consent is confirmed in the ledger with the wording the person was shown, and the
 * person lands on the newsletter's thank-you page. A repeat changes nothing.
 */
@Component
class SubscriptionConfirmation implements ConfirmationHandler {

	/** The kind of the newsletter's confirmation links. */
	static final String KIND = "NEWSLETTER";

	private final Subscribers subscriptions;

	private final ConsentLedger consents;

	private final NewsletterText text;

	SubscriptionConfirmation(Subscribers subscriptions, ConsentLedger consents, NewsletterText text) {
		this.subscriptions = subscriptions;
		this.consents = consents;
		this.text = text;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String confirmed(UUID subjectId, UUID personId, Language language, boolean first, Instant now) {
		if (this.subscriptions.confirm(subjectId, now)) {
			this.consents.confirmed(personId, Purpose.NEWSLETTER, language.code(), this.text.consentWording(language),
					language, now);
		}
		return NewsletterPaths.confirmed(language);
	}

	@Override
	public String describe(UUID subjectId, Language language) {
		Topics topics = this.subscriptions.find(subjectId)
			.map((subscription) -> (subscription.pendingTopics() != null) ? subscription.pendingTopics()
					: subscription.topics())
			.orElse(new Topics(false, false, false));
		return this.text.text("mobilisation.newsletter.confirm.what", language, this.text.topics(topics, language));
	}

}
