package org.vigie.learning.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Study;
import org.vigie.learning.web.CurrentLearner;
import org.vigie.site.Language;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff's side: the invitation link, which says what the manager will see before
 * anyone joins; leaving, which takes the member's line away from the manager; and the
 * completion certificates, which only the member and their manager can download.
 */
@Controller
class MembersController {

	private final Organisations organisations;

	private final Memberships memberships;

	private final Standings standings;

	private final CompletionCertificates certificates;

	private final OrganisationAccess access;

	private final OrganisationPages pages;

	private final Learners learners;

	private final CurrentLearner cookies;

	private final Study study;

	private final Clock clock;

	MembersController(Organisations organisations, Memberships memberships, Standings standings,
			CompletionCertificates certificates, OrganisationAccess access, OrganisationPages pages, Learners learners,
			CurrentLearner cookies, Study study, Clock clock) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.standings = standings;
		this.certificates = certificates;
		this.access = access;
		this.pages = pages;
		this.learners = learners;
		this.cookies = cookies;
		this.study = study;
		this.clock = clock;
	}

	@GetMapping({ "/fr/cartes/organisations/join/{invitation}", "/nl/kaarten/organisations/join/{invitation}",
			"/en/cards/organisations/join/{invitation}" })
	String invitation(Language language, @PathVariable String invitation, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<Organisation> organisation = this.organisations.byInvitation(invitation, this.clock.instant());
		this.pages.page(model, language,
				organisation.map(Organisation::name)
					.orElseGet(() -> this.pages.text("learning.organisations.join.invalid.title", language)),
				(other) -> organisation.isPresent() ? OrganisationPaths.join(other, invitation)
						: OrganisationPaths.home(other),
				this.study.zone());
		if (organisation.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "learning/organisations/invalid";
		}
		Optional<UUID> learner = this.access.learner(request);
		UUID id = organisation.get().id();
		model.addAttribute("organisation", organisation.get());
		model.addAttribute("decks", this.standings.assigned(id).stream().map((d) -> d.text(language).title()).toList());
		model.addAttribute("already", learner.flatMap((l) -> this.memberships.of(id, l)).isPresent()
				|| learner.filter(organisation.get()::managedBy).isPresent());
		model.addAttribute("organisationPath", OrganisationPaths.organisation(language, id));
		model.addAttribute("token", this.access.token(learner.orElse(null), "join:" + id));
		return "learning/organisations/join";
	}

	@PostMapping({ "/fr/cartes/organisations/join/{invitation}", "/nl/kaarten/organisations/join/{invitation}",
			"/en/cards/organisations/join/{invitation}" })
	String join(Language language, @PathVariable String invitation, @RequestParam(required = false) String name,
			@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Instant now = this.clock.instant();
		Organisation organisation = this.organisations.byInvitation(invitation, now).orElse(null);
		if (organisation == null) {
			return invitation(language, invitation, request, response, model);
		}
		Optional<UUID> current = this.access.learner(request);
		this.access.form(request, token, current.orElse(null), "join:" + organisation.id());
		String displayName = OrganisationInput.displayName(name);
		UUID learner = current.orElseGet(() -> {
			if (!this.access.mayCreateLearner(request)) {
				throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
			}
			Learners.NewLearner created = this.learners.create(language, now);
			this.cookies.keep(response, request, created.deviceKey());
			return created.id();
		});
		if (!organisation.managedBy(learner)) {
			this.memberships.join(organisation.id(), learner, displayName, now);
		}
		return "redirect:" + OrganisationPaths.organisation(language, organisation.id()) + "?joined";
	}

	@PostMapping({ "/fr/cartes/organisations/{id}/leave", "/nl/kaarten/organisations/{id}/leave",
			"/en/cards/organisations/{id}/leave" })
	String leave(Language language, @PathVariable String id, @RequestParam(required = false) String token,
			HttpServletRequest request) {
		OrganisationAccess.Visit visit = this.access.visit(id, request);
		if (visit.isManager()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.access.form(request, token, visit.learner(), "organisation:" + visit.organisation().id());
		this.memberships.leave(visit.organisation().id(), visit.learner());
		return "redirect:" + OrganisationPaths.home(language) + "?left";
	}

	@GetMapping({ "/fr/cartes/organisations/{id}/certificates/{member}/{deck}",
			"/nl/kaarten/organisations/{id}/certificates/{member}/{deck}",
			"/en/cards/organisations/{id}/certificates/{member}/{deck}" })
	Object certificate(Language language, @PathVariable String id, @PathVariable String member,
			@PathVariable String deck, HttpServletRequest request, HttpServletResponse response, Model model) {
		OrganisationAccess.Visit visit = this.access.visit(id, request);
		Member holder = OrganisationAccess.uuid(member)
			.flatMap((m) -> this.memberships.byId(visit.organisation().id(), m))
			.filter((m) -> visit.isManager() || m.id().equals(visit.member().id()))
			.orElseThrow(OrganisationAccess.Visit::notFound);
		Deck chosen = this.standings.assigned(visit.organisation().id())
			.stream()
			.filter((d) -> d.key().equals(deck))
			.findFirst()
			.orElseThrow(OrganisationAccess.Visit::notFound);
		byte[] pdf;
		try {
			pdf = this.certificates.of(visit.organisation(), holder, chosen, language, this.clock.instant());
		}
		catch (OrganisationRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			this.pages.problem(model, language, refused.code(),
					OrganisationPaths.organisation(language, visit.organisation().id()), this.study.zone());
			return "learning/organisations/problem";
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("certificate-" + chosen.key() + ".pdf").build().toString())
			.body(pdf);
	}

}
