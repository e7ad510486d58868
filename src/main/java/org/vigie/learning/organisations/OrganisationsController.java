package org.vigie.learning.organisations;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Study;
import org.vigie.learning.web.CurrentLearner;
import org.vigie.site.Language;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The manager's pages: creating an organisation (which makes the visitor a learner if
 * they were not one), the dashboard, assigning decks, the invitation link and the contact
 * address. An organisation's page shows its member's own page to a member, and nothing to
 * anyone else.
 */
@Controller
class OrganisationsController {

	private final Organisations organisations;

	private final Memberships memberships;

	private final Standings standings;

	private final OrganisationAccess access;

	private final OrganisationPages pages;

	private final DeckStore decks;

	private final Learners learners;

	private final CurrentLearner cookies;

	private final Study study;

	private final Clock clock;

	OrganisationsController(Organisations organisations, Memberships memberships, Standings standings,
			OrganisationAccess access, OrganisationPages pages, DeckStore decks, Learners learners,
			CurrentLearner cookies, Study study, Clock clock) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.standings = standings;
		this.access = access;
		this.pages = pages;
		this.decks = decks;
		this.learners = learners;
		this.cookies = cookies;
		this.study = study;
		this.clock = clock;
	}

	@GetMapping({ "/fr/cartes/organisations", "/nl/kaarten/organisations", "/en/cards/organisations" })
	String home(Language language, HttpServletRequest request, Model model) {
		Optional<UUID> learner = this.access.learner(request);
		this.pages.page(model, language, this.pages.text("learning.organisations.title", language),
				OrganisationPaths::home, this.study.zone());
		List<Link> managed = new ArrayList<>();
		List<Link> joined = new ArrayList<>();
		learner.ifPresent((id) -> {
			this.organisations.managedBy(id)
				.forEach((o) -> managed.add(new Link(o.name(), OrganisationPaths.organisation(language, o.id()))));
			this.memberships.organisationsOf(id)
				.stream()
				.flatMap((o) -> this.organisations.find(o).stream())
				.forEach((o) -> joined.add(new Link(o.name(), OrganisationPaths.organisation(language, o.id()))));
		});
		model.addAttribute("managed", managed);
		model.addAttribute("joined", joined);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("token", this.access.token(learner.orElse(null), "create"));
		return "learning/organisations/home";
	}

	@PostMapping({ "/fr/cartes/organisations", "/nl/kaarten/organisations", "/en/cards/organisations" })
	String create(Language language, @RequestParam(required = false) String name,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<UUID> current = this.access.learner(request);
		this.access.form(request, token, current.orElse(null), "create");
		String checkedName = OrganisationInput.name(name);
		OrganisationKind checkedKind = OrganisationInput.kind(kind);
		Instant now = this.clock.instant();
		UUID manager = current.orElseGet(() -> {
			if (!this.access.mayCreateLearner(request)) {
				throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
			}
			Learners.NewLearner created = this.learners.create(language, now);
			this.cookies.keep(response, request, created.deviceKey());
			return created.id();
		});
		UUID id = this.organisations.create(checkedName, checkedKind, manager, now,
				YearMonth.from(now.atZone(this.study.zone())));
		return invitation(language, this.organisations.find(id).orElseThrow(),
				this.organisations.renewInvitation(id, 0, now), model);
	}

	@GetMapping({ "/fr/cartes/organisations/{id}", "/nl/kaarten/organisations/{id}", "/en/cards/organisations/{id}" })
	String organisation(Language language, @PathVariable String id, HttpServletRequest request, Model model) {
		OrganisationAccess.Visit visit = this.access.visit(id, request);
		Organisation organisation = visit.organisation();
		Instant now = this.clock.instant();
		this.learners.seen(visit.learner(), language, now);
		this.pages.page(model, language, organisation.name(),
				(other) -> OrganisationPaths.organisation(other, organisation.id()), this.study.zone());
		model.addAttribute("organisation", organisation);
		model.addAttribute("path", OrganisationPaths.organisation(language, organisation.id()));
		model.addAttribute("token", this.access.token(visit.learner(), "organisation:" + organisation.id()));
		if (!visit.isManager()) {
			List<Deck> assigned = this.standings.assigned(organisation.id());
			model.addAttribute("member", visit.member());
			model.addAttribute("tables", StandingView.of(language, organisation.id(), assigned,
					List.of(this.standings.line(visit.member(), assigned, now)), null, this.study.zone()));
			return "learning/organisations/member";
		}
		Standings.Table table = this.standings.table(organisation.id(), now);
		model.addAttribute("members", table.lines().size());
		model.addAttribute("memberNames", table.lines().stream().map((line) -> line.member().displayName()).toList());
		model.addAttribute("tables", StandingView.of(language, organisation.id(), table.decks(), table.lines(),
				table.totals(), this.study.zone()));
		Set<UUID> assigned = Set.copyOf(this.memberships.decks(organisation.id()));
		model.addAttribute("decks",
				this.decks.published()
					.stream()
					.map((deck) -> new DeckChoice(deck.id().toString(), deck.text(language).title(),
							assigned.contains(deck.id())))
					.toList());
		model.addAttribute("expiries", OrganisationInput.EXPIRY_DAYS);
		model.addAttribute("invitationExpired",
				organisation.invitationExpiresAt() != null && !organisation.invitationExpiresAt().isAfter(now));
		return "learning/organisations/dashboard";
	}

	@PostMapping({ "/fr/cartes/organisations/{id}/invitation", "/nl/kaarten/organisations/{id}/invitation",
			"/en/cards/organisations/{id}/invitation" })
	String renew(Language language, @PathVariable String id, @RequestParam(required = false) String expiry,
			@RequestParam(required = false) String token, HttpServletRequest request, Model model) {
		OrganisationAccess.Visit visit = manager(id, token, request);
		int days = OrganisationInput.expiryDays(expiry);
		String link = this.organisations.renewInvitation(visit.organisation().id(), days, this.clock.instant());
		return invitation(language, this.organisations.find(visit.organisation().id()).orElseThrow(), link, model);
	}

	@PostMapping({ "/fr/cartes/organisations/{id}/decks", "/nl/kaarten/organisations/{id}/decks",
			"/en/cards/organisations/{id}/decks" })
	String assign(Language language, @PathVariable String id, @RequestParam(required = false) List<String> deck,
			@RequestParam(required = false) String token, HttpServletRequest request) {
		OrganisationAccess.Visit visit = manager(id, token, request);
		List<UUID> chosen = new ArrayList<>();
		for (String value : (deck != null) ? deck : List.<String>of()) {
			UUID deckId = OrganisationAccess.uuid(value)
				.filter((uuid) -> this.decks.deck(uuid).filter(Deck::published).isPresent())
				.orElseThrow(() -> new OrganisationRefused("deck"));
			if (!chosen.contains(deckId)) {
				chosen.add(deckId);
			}
		}
		this.memberships.assign(visit.organisation().id(), chosen, this.clock.instant());
		return "redirect:" + OrganisationPaths.organisation(language, visit.organisation().id()) + "?saved=decks";
	}

	@PostMapping({ "/fr/cartes/organisations/{id}/contact", "/nl/kaarten/organisations/{id}/contact",
			"/en/cards/organisations/{id}/contact" })
	String contact(Language language, @PathVariable String id, @RequestParam(required = false) String email,
			@RequestParam(required = false) String remove, @RequestParam(required = false) String token,
			HttpServletRequest request) {
		OrganisationAccess.Visit visit = manager(id, token, request);
		String address = (remove != null) ? null : OrganisationInput.email(email);
		this.organisations.setContact(visit.organisation().id(), address);
		return "redirect:" + OrganisationPaths.organisation(language, visit.organisation().id())
				+ ((address != null) ? "?saved=contact" : "?saved=contactRemoved");
	}

	private OrganisationAccess.Visit manager(String id, String token, HttpServletRequest request) {
		OrganisationAccess.Visit visit = this.access.manager(id, request);
		this.access.form(request, token, visit.learner(), "organisation:" + visit.organisation().id());
		return visit;
	}

	private String invitation(Language language, Organisation organisation, String token, Model model) {
		this.pages.page(model, language, this.pages.text("learning.organisations.invitation.title", language),
				(other) -> OrganisationPaths.organisation(other, organisation.id()), this.study.zone());
		model.addAttribute("organisation", organisation);
		model.addAttribute("link", this.pages.absolute(OrganisationPaths.join(language, token)));
		model.addAttribute("path", OrganisationPaths.organisation(language, organisation.id()));
		return "learning/organisations/invitation";
	}

	/** An organisation in a list. */
	record Link(String name, String path) {

	}

	/** A published deck the manager may assign. */
	record DeckChoice(String id, String title, boolean assigned) {

	}

}
