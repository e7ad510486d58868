package org.vigie.mobilisation.events;

import java.time.Instant;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * One person's registration for an event, for themself and the people they bring.
 *
 * @param id its identifier
 * @param eventId the event
 * @param personId the person who registered (mobilisation's people)
 * @param queueNo its rank of arrival for the event (first come, first served)
 * @param name the name given for the list at the door, or {@code null} once erased
 * @param seats the places asked for, all or nothing
 * @param priority higher is offered freed places first (staff set it; 0 by default)
 * @param language the language of the emails
 * @param status where it stands
 * @param registeredAt when it was sent
 * @param confirmedAt when it got its places, or {@code null}
 * @param offeredAt when freed places were last offered, or {@code null}
 * @param offerExpiresAt until when the offer holds, or {@code null}
 * @param cancelledAt when it was cancelled, declined or expired, or {@code null}
 * @param checkedInAt when the person arrived at the door, or {@code null}
 */
public record Registration(UUID id, UUID eventId, UUID personId, long queueNo, String name, int seats, int priority,
		Language language, RegistrationStatus status, Instant registeredAt, Instant confirmedAt, Instant offeredAt,
		Instant offerExpiresAt, Instant cancelledAt, Instant checkedInAt) {

	/** The most places one registration may take. */
	public static final int MAX_SEATS = 20;

}
