package org.vigie.learning.organisations;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.learning.web.CurrentLearner;
import org.vigie.learning.web.LearnerThrottle;
import org.vigie.site.SameOrigin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see or change an organisation: its manager, and for their own line its members,
 * both known by the device key in their cookie. Anyone else is told the organisation does
 * not exist, the same answer as for an address nobody made, so that addresses reveal
 * nothing. Forms must come from this site, carry their token and stay within the flood
 * limits.
 */
@Component
class OrganisationAccess {

	private final Organisations organisations;

	private final Memberships memberships;

	private final CurrentLearner learners;

	private final LearnerThrottle throttle;

	private final OrganisationFormTokens tokens;

	OrganisationAccess(Organisations organisations, Memberships memberships, CurrentLearner learners,
			LearnerThrottle throttle, OrganisationFormTokens tokens) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.learners = learners;
		this.throttle = throttle;
		this.tokens = tokens;
	}

	/** The learner the request comes from, if it carries a known device key. */
	Optional<UUID> learner(HttpServletRequest request) {
		return this.learners.of(request);
	}

	/** The organisation at {@code id} as seen by the request's learner, or not found. */
	Visit visit(String id, HttpServletRequest request) {
		UUID learner = learner(request).orElseThrow(Visit::notFound);
		Organisation organisation = uuid(id).flatMap(this.organisations::find).orElseThrow(Visit::notFound);
		if (organisation.managedBy(learner)) {
			return new Visit(organisation, learner, null);
		}
		Member member = this.memberships.of(organisation.id(), learner).orElseThrow(Visit::notFound);
		return new Visit(organisation, learner, member);
	}

	/** The organisation at {@code id}, for its manager only. */
	Visit manager(String id, HttpServletRequest request) {
		Visit visit = visit(id, request);
		if (!visit.isManager()) {
			throw Visit.notFound();
		}
		return visit;
	}

	/**
	 * Checks a form: from this site, within limits, with the token for this learner and
	 * scope.
	 */
	void form(HttpServletRequest request, String token, UUID learner, String scope) {
		if (!SameOrigin.sentFromHere(request)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!this.throttle.allow(LearnerThrottle.Bucket.FORM, request)) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		if (!this.tokens.matches(token, learner, scope)) {
			throw new OrganisationRefused("staleForm");
		}
	}

	/** Whether one more learner may be created from this address now. */
	boolean mayCreateLearner(HttpServletRequest request) {
		return this.throttle.allow(LearnerThrottle.Bucket.NEW_LEARNER, request);
	}

	String token(UUID learner, String scope) {
		return this.tokens.of(learner, scope);
	}

	static Optional<UUID> uuid(String value) {
		if (value == null || value.length() != 36) {
			return Optional.empty();
		}
		try {
			UUID uuid = UUID.fromString(value);
			return uuid.toString().equals(value) ? Optional.of(uuid) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * An organisation seen by a learner.
	 *
	 * @param organisation the organisation
	 * @param learner the learner
	 * @param member their membership, or {@code null} for the manager
	 */
	record Visit(Organisation organisation, UUID learner, Member member) {

		boolean isManager() {
			return this.member == null;
		}

		static ResponseStatusException notFound() {
			return new ResponseStatusException(HttpStatus.NOT_FOUND);
		}

	}

}
