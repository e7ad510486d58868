package org.vigie.learning.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.vigie.learning.learners.Learners;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a learner does with reminders: asks for them (or for a sign-in link when the
 * address already has them), follows an emailed link, changes the hour or language, turns
 * them off. Asking answers the same whether the address is known or not: either way one
 * email leaves, and the page says only that a link was sent.
 */
@Service
class ReminderRequests {

	/** The most links one address may be sent in an hour, from anywhere. */
	static final int LINKS_PER_ADDRESS_PER_HOUR = 3;

	private final MagicLinks links;

	private final Subscriptions subscriptions;

	private final ReminderEmails emails;

	private final Learners learners;

	private final Mailer mailer;

	ReminderRequests(MagicLinks links, Subscriptions subscriptions, ReminderEmails emails, Learners learners,
			Mailer mailer) {
		this.links = links;
		this.subscriptions = subscriptions;
		this.emails = emails;
		this.learners = learners;
		this.mailer = mailer;
	}

	/**
	 * Emails a link to an address: a sign-in link if the address has reminders already,
	 * else a link that confirms them.
	 * @param email the address typed, checked here
	 * @param hour the hour chosen, checked here
	 * @param language the language chosen, checked here
	 * @param learner the learner asking, or {@code null} for someone with no progress yet
	 * @param now the time
	 * @throws ReminderRefused for bad input or too many links for the address
	 */
	@Transactional
	public void ask(String email, String hour, String language, UUID learner, Instant now) {
		String address = ReminderChoices.email(email);
		int chosenHour = ReminderChoices.hour(hour);
		Language chosenLanguage = ReminderChoices.language(language);
		String emailHash = this.subscriptions.emailHash(address);
		if (this.links.issuedSince(emailHash, now.minus(Duration.ofHours(1))) >= LINKS_PER_ADDRESS_PER_HOUR) {
			throw new ReminderRefused(ReminderRefused.Reason.TOO_MANY);
		}
		Optional<UUID> known = this.subscriptions.byEmail(emailHash);
		MagicLinks.Request request = known
			.map((owner) -> new MagicLinks.Request(MagicLinks.Purpose.SIGN_IN, owner, emailHash, null, null,
					chosenLanguage))
			.orElseGet(() -> new MagicLinks.Request(MagicLinks.Purpose.CONFIRM, learner, emailHash, address, chosenHour,
					chosenLanguage));
		String token = this.links.issue(request, now);
		this.mailer.send(this.emails.link(address, request.purpose(), chosenLanguage, request.hour(), token));
	}

	/** What an open link would do, for the page that asks to follow it. */
	@Transactional(readOnly = true)
	public Optional<MagicLinks.Purpose> peek(String token, Instant now) {
		return this.links.open(token, now).map(MagicLinks.Link::purpose);
	}

	/**
	 * Follows a link, once: turns reminders on for a confirmation, and makes this browser
	 * the learner's (a device key of its own, the other devices keep theirs).
	 * @param token the link's token
	 * @param current the learner this browser is already, or {@code null}
	 * @param now the time
	 * @return what was done
	 * @throws ReminderRefused when the link is unknown, used, expired or altered
	 */
	@Transactional
	public Followed follow(String token, UUID current, Instant now) {
		MagicLinks.Link link = this.links.open(token, now)
			.filter((open) -> this.links.use(open, now))
			.orElseThrow(() -> new ReminderRefused(ReminderRefused.Reason.BAD_LINK));
		MagicLinks.Request request = link.request();
		UUID learner;
		if (link.purpose() == MagicLinks.Purpose.SIGN_IN) {
			learner = this.subscriptions.of(link.learner())
				.map(Subscriptions.Subscription::learner)
				.orElseThrow(() -> new ReminderRefused(ReminderRefused.Reason.BAD_LINK));
		}
		else {
			learner = this.subscriptions.byEmail(request.emailHash())
				.or(() -> Optional.ofNullable(link.learner()))
				.or(() -> Optional.ofNullable(current))
				.orElseGet(() -> this.learners.create(request.language(), now).id());
			if (this.subscriptions.byEmail(request.emailHash()).isEmpty()) {
				this.subscriptions.turnOn(learner, request.email(), request.hour(), request.language(), now);
			}
		}
		String deviceKey = learner.equals(current) ? null : this.learners.addDevice(learner, now);
		return new Followed(link.purpose(), request.language(), deviceKey);
	}

	/** The reminders of a learner, if they are on. */
	@Transactional(readOnly = true)
	public Optional<Subscriptions.Subscription> of(UUID learner) {
		return this.subscriptions.of(learner);
	}

	/** Changes the hour and language of a learner's reminders. */
	@Transactional
	public void change(UUID learner, String hour, String language) {
		int chosenHour = ReminderChoices.hour(hour);
		Language chosenLanguage = ReminderChoices.language(language);
		if (learner == null || !this.subscriptions.change(learner, chosenHour, chosenLanguage)) {
			throw new ReminderRefused(ReminderRefused.Reason.NOT_SUBSCRIBED);
		}
	}

	/** Turns a learner's reminders off: their address is deleted. */
	@Transactional
	public void off(UUID learner) {
		if (learner == null || !this.subscriptions.off(learner)) {
			throw new ReminderRefused(ReminderRefused.Reason.NOT_SUBSCRIBED);
		}
		this.links.forget(learner);
	}

	/** Whether an unsubscribe token is genuine and its reminders still on. */
	@Transactional(readOnly = true)
	public boolean canUnsubscribe(String token) {
		return this.subscriptions.byUnsubscribeToken(token).isPresent();
	}

	/** Turns reminders off by the link in a reminder, with no sign-in. */
	@Transactional
	public void unsubscribe(String token) {
		UUID learner = this.subscriptions.byUnsubscribeToken(token)
			.orElseThrow(() -> new ReminderRefused(ReminderRefused.Reason.BAD_UNSUBSCRIBE));
		this.subscriptions.off(learner);
		this.links.forget(learner);
	}

	/**
	 * A link followed.
	 *
	 * @param purpose what it did
	 * @param language its language
	 * @param deviceKey the device key this browser now keeps, or {@code null} when it was
	 * this learner's already
	 */
	record Followed(MagicLinks.Purpose purpose, Language language, String deviceKey) {

	}

}
