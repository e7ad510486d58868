package org.vigie.mobilisation.newsletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.mobilisation.people.PersonalData;

/**
 * What the newsletter holds about a person: their subscriptions (language, topics, when
 * they asked, confirmed or left) and the emails of an issue still waiting to leave for
 * them. Erasing removes both. Sign-ups never confirmed are forgotten after
 * {@link PersonalData#UNCONFIRMED_KEPT_DAYS} days, as are subscriptions ended by an
 * unsubscribe (the consent ledger keeps the withdrawal); a confirmed subscriber's new
 * topics left unconfirmed are dropped and their confirmed topics stay.
 */
@Component
class NewsletterData implements PersonalData {

	private final JdbcClient jdbc;

	private final Subscribers subscriptions;

	private final NewsletterDeliveries deliveries;

	NewsletterData(JdbcClient jdbc, Subscribers subscriptions, NewsletterDeliveries deliveries) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
	}

	@Override
	public String area() {
		return "newsletter";
	}

	@Override
	public List<Item> export(UUID personId) {
		return this.subscriptions.of(personId)
			.stream()
			.map((subscription) -> new Item("mobilisation.newsletter.export.subscription", describe(subscription),
					subscription.requestedAt()))
			.toList();
	}

	@Override
	@Transactional
	public void erase(UUID personId, Instant now) {
		List<UUID> ids = this.subscriptions.of(personId).stream().map(Subscription::id).toList();
		this.deliveries.forget(ids);
		this.jdbc.sql("delete from mobilisation_newsletter_subscription where person_id = ?").param(personId).update();
	}

	@Override
	@Transactional
	public int forgetUnconfirmed(Instant createdBefore) {
		Timestamp before = Timestamp.from(createdBefore);
		this.jdbc.sql("""
				update mobilisation_newsletter_subscription set pending_topics = null
				where confirmed_at is not null and pending_topics is not null and requested_at < ?""")
			.param(before)
			.update();
		this.jdbc
			.sql("""
					delete from mobilisation_newsletter_delivery where sent_at is null and subscription_id in
						(select id from mobilisation_newsletter_subscription where confirmed_at is null and requested_at < ?)""")
			.param(before)
			.update();
		return this.jdbc
			.sql("delete from mobilisation_newsletter_subscription where confirmed_at is null and requested_at < ?")
			.param(before)
			.update();
	}

	private static String describe(Subscription subscription) {
		String state = subscription.confirmed() ? "confirmed " + subscription.confirmedAt()
				: (subscription.unsubscribedAt() != null) ? "unsubscribed " + subscription.unsubscribedAt()
						: "waiting for confirmation";
		String pending = (subscription.pendingTopics() != null)
				? "; topics asked, not yet confirmed: " + subscription.pendingTopics().code() : "";
		return "language: " + subscription.language().code() + "; topics: " + subscription.topics().code() + "; "
				+ state + pending;
	}

}
