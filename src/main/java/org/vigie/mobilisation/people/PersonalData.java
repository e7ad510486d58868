package org.vigie.mobilisation.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one part of the module (pledges, signatures, registrations, workshop requests,
 * newsletter subscriptions) holds about a person: so that a person can download or erase
 * everything from one link, and so that sign-ups never confirmed are forgotten after
 * {@link #UNCONFIRMED_KEPT_DAYS} days. Each part implements it beside its own tables.
 */
public interface PersonalData {

	/** Days an unconfirmed sign-up is kept before it is deleted. */
	int UNCONFIRMED_KEPT_DAYS = 7;

	/** A name for this part in the export, such as {@code pledges}. */
	String area();

	/**
	 * Everything this part holds about the person, as lines a person can read (in the
	 * export's language: the labels are message keys resolved by the export).
	 */
	List<Item> export(UUID personId);

	/** Erases what this part holds about the person; counts that were public stay. */
	void erase(UUID personId, Instant now);

	/** Deletes the sign-ups of this part never confirmed and created before that time. */
	int forgetUnconfirmed(Instant createdBefore);

	/**
	 * One thing held about a person.
	 *
	 * @param label a message key naming it (such as {@code mobilisation.export.pledge})
	 * @param value what is held, as text
	 * @param at when it was recorded, or {@code null}
	 */
	record Item(String label, String value, Instant at) {
	}

}
