package org.vigie.mobilisation.newsletter;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;

/**
 * Unsubscribing from a link: issues stop at once (deliveries still queued for the
 * subscription are skipped) and the withdrawal goes into the consent ledger with the
 * sentence the unsubscribe page shows. A repeat records nothing more.
 */
@Component
public class Unsubscribing {

	private final Subscribers subscriptions;

	private final ConsentLedger consents;

	private final NewsletterText text;

	Unsubscribing(Subscribers subscriptions, ConsentLedger consents, NewsletterText text) {
		this.subscriptions = subscriptions;
		this.consents = consents;
		this.text = text;
	}

	/** Unsubscribes; whether it changed anything. */
	@Transactional
	public boolean unsubscribe(UUID subscriptionId, Instant now) {
		return this.subscriptions.find(subscriptionId).map((subscription) -> {
			boolean changed = this.subscriptions.unsubscribe(subscriptionId, now);
			if (changed) {
				this.consents.withdrawn(subscription.personId(), Purpose.NEWSLETTER, subscription.language().code(),
						this.text.withdrawalWording(subscription.language()), subscription.language(), now);
			}
			return changed;
		}).orElse(false);
	}

}
