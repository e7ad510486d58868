package org.vigie.mobilisation.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.identity.AuditTrail;
import org.vigie.mobilisation.MobilisationDeclarations;
import org.vigie.mobilisation.confirm.Confirmations;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PersonalData;

/**
 * Erases everything the module holds about a person, at their request, in one
 * transaction: every part's data, their confirmation links, then their address. The audit
 * trail keeps that it happened (actor {@code self}, the person's id), nothing more.
 */
@Component
class PersonErasure {

	private final List<PersonalData> parts;

	private final Confirmations confirmations;

	private final People people;

	private final AuditTrail audit;

	PersonErasure(List<PersonalData> parts, Confirmations confirmations, People people, AuditTrail audit) {
		this.parts = parts;
		this.confirmations = confirmations;
		this.people = people;
		this.audit = audit;
	}

	@Transactional
	void erase(UUID personId, Instant now) {
		for (PersonalData part : this.parts) {
			part.erase(personId, now);
		}
		this.confirmations.forget(personId);
		this.people.erase(personId, now);
		this.audit.record(MobilisationDeclarations.PERSON_ERASED, "self", personId.toString(), null);
	}

}
