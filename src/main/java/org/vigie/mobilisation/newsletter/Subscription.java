package org.vigie.mobilisation.newsletter;

import java.time.Instant;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A person's subscription to the newsletter in one language.
 *
 * @param id the subscription
 * @param personId who subscribed
 * @param language the language of the issues they receive
 * @param topics the topics they receive (once confirmed)
 * @param pendingTopics the topics a sign-up waiting for its confirmation asks for, or
 * {@code null}
 * @param requestedAt when they last signed up
 * @param confirmedAt when they confirmed, or {@code null} when they receive nothing
 * @param unsubscribedAt when they last unsubscribed, or {@code null}
 */
public record Subscription(UUID id, UUID personId, Language language, Topics topics, Topics pendingTopics,
		Instant requestedAt, Instant confirmedAt, Instant unsubscribedAt) {

	/** Whether issues are sent to them. */
	public boolean confirmed() {
		return this.confirmedAt != null;
	}

}
