package org.vigie.mobilisation.workshops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.vigie.mobilisation.workshops.Choices.AgeGroup;
import org.vigie.mobilisation.workshops.Choices.Kind;
import org.vigie.mobilisation.workshops.Choices.Period;
import org.vigie.mobilisation.workshops.Choices.Region;
import org.vigie.site.Language;

/**
 * A workshop request as stored. Once the person who sent it is erased, its contact
 * details are gone ({@code null}) and its figures stay.
 *
 * @param id the request
 * @param projectId the project asked for
 * @param personId who sent it, or {@code null} once erased (or for demo requests)
 * @param organisation the organisation's name, or {@code null} once erased
 * @param kind school, centre or youth service
 * @param region where
 * @param ageGroup the young people's age
 * @param youngPeople how many young people the organisation expects
 * @param periods when it would like the workshop
 * @param language the language of the workshop (and of the emails)
 * @param contactName the contact person, or {@code null}
 * @param phone the contact's phone, or {@code null}
 * @param message the organisation's message, or {@code null}
 * @param state where it stands
 * @param scheduledOn the planned day, once scheduled
 * @param deliveredOn the day it took place, once delivered
 * @param reachedYoung young people actually reached, once delivered
 * @param reachedTeachers teachers and educators actually reached, once delivered
 * @param createdAt when it was sent
 * @param confirmedAt when its address was confirmed, or {@code null}
 */
public record WorkshopRequest(UUID id, UUID projectId, UUID personId, String organisation, Kind kind, Region region,
		AgeGroup ageGroup, int youngPeople, List<Period> periods, Language language, String contactName, String phone,
		String message, WorkshopState state, LocalDate scheduledOn, LocalDate deliveredOn, Integer reachedYoung,
		Integer reachedTeachers, Instant createdAt, Instant confirmedAt) {

	/** Whether staff see it (its address was confirmed). */
	public boolean confirmed() {
		return this.confirmedAt != null;
	}

}
