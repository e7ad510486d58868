package org.vigie.mobilisation.events;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * An event people register for: a morning in parliament, a colloquium, an online talk. It
 * happens at a venue, online, or both. Its {@link #sequence()} grows by one on every
 * change, so calendar files sent earlier are replaced by later ones (RFC 5545 SEQUENCE).
 *
 * @param id its identifier
 * @param key a short stable name for staff and calendar UIDs
 * @param startsAt when it starts (Europe/Brussels)
 * @param endsAt when it ends
 * @param venueName the venue's name, or {@code null} when online only
 * @param venueAddress the venue's address, or {@code null}
 * @param onlineUrl where to follow it online, or {@code null}
 * @param capacity the number of places, {@code null} for no limit
 * @param registrationOpensAt when registrations open, {@code null} for at once
 * @param registrationClosesAt when they close, {@code null} for when it starts
 * @param offerHours how long a freed place is kept for the person it is offered to
 * @param status whether it takes place
 * @param sequence the number of changes made since it was created
 * @param reportPath the address of the news report published afterwards, or {@code null}
 * @param texts its texts in each language
 * @param questions the questions it asks, in form order (retired ones left out)
 */
public record Event(UUID id, String key, ZonedDateTime startsAt, ZonedDateTime endsAt, String venueName,
		String venueAddress, String onlineUrl, Integer capacity, Instant registrationOpensAt,
		Instant registrationClosesAt, int offerHours, EventStatus status, int sequence, String reportPath,
		Map<Language, EventText> texts, List<Question> questions) {

	/** The default time a freed place is kept for the person it is offered to. */
	public static final int DEFAULT_OFFER_HOURS = 48;

	/** Its text in a language. */
	public EventText text(Language language) {
		return this.texts.get(language);
	}

	/**
	 * The address of its news report in a language: the language's own, else the one for
	 * every language, else {@code null}.
	 */
	public String report(Language language) {
		EventText text = text(language);
		return (text != null && text.reportPath() != null) ? text.reportPath() : this.reportPath;
	}

	/** Whether it takes place at a venue. */
	public boolean inPerson() {
		return this.venueName != null;
	}

	/** Whether it can be followed online. */
	public boolean online() {
		return this.onlineUrl != null;
	}

	/** Whether it is over at that time. */
	public boolean past(Instant now) {
		return !this.endsAt.toInstant().isAfter(now);
	}

	/** Whether it takes registrations at that time. */
	public boolean open(Instant now) {
		return this.status == EventStatus.SCHEDULED
				&& (this.registrationOpensAt == null || !now.isBefore(this.registrationOpensAt)) && now.isBefore(
						(this.registrationClosesAt != null) ? this.registrationClosesAt : this.startsAt.toInstant());
	}

	/** A question by its identifier. */
	public java.util.Optional<Question> question(UUID questionId) {
		return this.questions.stream().filter((question) -> question.id().equals(questionId)).findFirst();
	}

}
