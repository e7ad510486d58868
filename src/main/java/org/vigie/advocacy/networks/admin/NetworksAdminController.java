package org.vigie.advocacy.networks.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.networks.Membership;
import org.vigie.advocacy.networks.MembershipDraft;
import org.vigie.advocacy.networks.MembershipStore;
import org.vigie.advocacy.networks.Tier;
import org.vigie.advocacy.organisations.NewsChoices;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.OrganisationKind;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.advocacy.organisations.Refused;
import org.vigie.advocacy.revisions.RevisionPage;
import org.vigie.advocacy.revisions.Revisions;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.SiteProperties;

/**
 * Organisations and memberships in the back-office: lists, and one form each. A save
 * checks everything first; a refused form comes back as typed with the reason and the
 * field, and nothing is written. A save writes the item, a revision and an audit entry in
 * one transaction. Each saved version has a read-only page of its own.
 */
@Controller
class NetworksAdminController {

	static final String ORGANISATION = "organisation";

	static final String MEMBERSHIP = "membership";

	/** The kind of news links of an organisation (as its public page reads them). */
	static final String NEWS_KIND = "network";

	private final OrganisationStore organisations;

	private final MembershipStore memberships;

	private final Revisions revisions;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final SiteProperties site;

	private final NewsChoices news;

	private final RevisionPage revisionPage;

	private final Clock clock;

	NetworksAdminController(OrganisationStore organisations, MembershipStore memberships, Revisions revisions,
			AuditTrail audit, TransactionTemplate transactions, SiteProperties site, NewsChoices news,
			RevisionPage revisionPage, Clock clock) {
		this.news = news;
		this.revisionPage = revisionPage;
		this.organisations = organisations;
		this.memberships = memberships;
		this.revisions = revisions;
		this.audit = audit;
		this.transactions = transactions;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(NetworksAdminPaths.HOME)
	String home(Model model) {
		model.addAttribute("organisations", this.organisations.all());
		model.addAttribute("memberships", this.memberships.all());
		return "advocacy/networks/admin/list";
	}

	@GetMapping(NetworksAdminPaths.ORGANISATIONS + "/new")
	String newOrganisation(Model model) {
		return organisationForm(null, Map.of("kind", "NGO"), null, model);
	}

	@GetMapping(NetworksAdminPaths.ORGANISATIONS + "/{id}")
	String organisation(@PathVariable String id, @RequestParam(required = false) String saved, Model model) {
		Organisation organisation = this.organisations.byId(uuid(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("saved", saved != null);
		return organisationForm(organisation.id(), NetworkForms.values(organisation), null, model);
	}

	@PostMapping({ NetworksAdminPaths.ORGANISATIONS + "/new", NetworksAdminPaths.ORGANISATIONS + "/{id}" })
	String saveOrganisation(@PathVariable(required = false) String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		UUID existing = (id != null) ? this.organisations.byId(uuid(id))
			.map(Organisation::id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)) : null;
		Map<String, String> values = NetworkForms.kept(fields);
		try {
			Organisation draft = NetworkForms.organisation(existing, values);
			Organisation checked = this.organisations.check(draft);
			UUID saved = this.transactions.execute((status) -> {
				UUID savedId = this.organisations.save(checked, this.clock.instant());
				this.revisions.record(ORGANISATION, savedId, NetworkForms.snapshot(checked),
						(existing == null) ? "created" : "edited", me.email(), this.clock.instant());
				this.audit.record(OrganisationStore.SAVED, me.email(), savedId.toString(), null);
				return savedId;
			});
			return "redirect:" + NetworksAdminPaths.ORGANISATIONS + "/" + saved + "?saved";
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return organisationForm(existing, values, refused, model);
		}
	}

	@PostMapping(NetworksAdminPaths.ORGANISATIONS + "/{id}/news")
	String news(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me) {
		Organisation organisation = this.organisations.byId(uuid(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.transactions.executeWithoutResult((status) -> {
			Map<String, Object> linked = this.news.link(NEWS_KIND, organisation.id(), fields);
			this.revisions.record(ORGANISATION, organisation.id(), linked, "news links", me.email(),
					this.clock.instant());
			this.audit.record(OrganisationStore.SAVED, me.email(), organisation.id().toString(), "news links");
		});
		return "redirect:" + NetworksAdminPaths.ORGANISATIONS + "/" + organisation.id() + "?saved";
	}

	@GetMapping(NetworksAdminPaths.MEMBERSHIPS + "/new")
	String newMembership(Model model) {
		return membershipForm(null, Map.of("tier", "BELGIAN", "sortKey", "10"), null, model);
	}

	@GetMapping(NetworksAdminPaths.MEMBERSHIPS + "/{id}")
	String membership(@PathVariable String id, @RequestParam(required = false) String saved, Model model) {
		Membership membership = this.memberships.byId(uuid(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("saved", saved != null);
		return membershipForm(membership.id(), NetworkForms.values(membership), null, model);
	}

	@PostMapping({ NetworksAdminPaths.MEMBERSHIPS + "/new", NetworksAdminPaths.MEMBERSHIPS + "/{id}" })
	String saveMembership(@PathVariable(required = false) String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		UUID existing = (id != null) ? this.memberships.byId(uuid(id))
			.map(Membership::id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)) : null;
		Map<String, String> values = NetworkForms.kept(fields);
		try {
			LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
			MembershipDraft checked = this.memberships.check(NetworkForms.membership(values), today);
			UUID saved = this.transactions.execute((status) -> {
				UUID savedId = this.memberships.save(existing, checked, today, this.clock.instant());
				this.revisions.record(MEMBERSHIP, savedId, checked.snapshot(),
						(existing == null) ? "created" : "edited", me.email(), this.clock.instant());
				this.audit.record(MembershipStore.SAVED, me.email(), savedId.toString(), null);
				return savedId;
			});
			return "redirect:" + NetworksAdminPaths.MEMBERSHIPS + "/" + saved + "?saved";
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return membershipForm(existing, values, refused, model);
		}
	}

	@GetMapping(NetworksAdminPaths.ORGANISATIONS + "/{id}/revisions/{revision}")
	String organisationRevision(@PathVariable String id, @PathVariable String revision, Model model) {
		Organisation organisation = this.organisations.byId(uuid(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return this.revisionPage.show(model, revision,
				(saved) -> ORGANISATION.equals(saved.kind()) && organisation.id().equals(saved.subject()),
				organisation.label(), NetworksAdminPaths.ORGANISATIONS + "/" + organisation.id());
	}

	@GetMapping(NetworksAdminPaths.MEMBERSHIPS + "/{id}/revisions/{revision}")
	String membershipRevision(@PathVariable String id, @PathVariable String revision, Model model) {
		Membership membership = this.memberships.byId(uuid(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return this.revisionPage.show(model, revision,
				(saved) -> MEMBERSHIP.equals(saved.kind()) && membership.id().equals(saved.subject()),
				membership.network().label(), NetworksAdminPaths.MEMBERSHIPS + "/" + membership.id());
	}

	private String organisationForm(UUID id, Map<String, String> values, Refused problem, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("values", new LinkedHashMap<>(values));
		model.addAttribute("problem", problem);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("action",
				(id != null) ? NetworksAdminPaths.ORGANISATIONS + "/" + id : NetworksAdminPaths.ORGANISATIONS + "/new");
		model.addAttribute("revisions", (id != null) ? this.revisions.of(ORGANISATION, id) : java.util.List.of());
		if (id != null) {
			model.addAttribute("news", this.news.of(NEWS_KIND, id));
			model.addAttribute("newsAction", NetworksAdminPaths.ORGANISATIONS + "/" + id + "/news");
		}
		return "advocacy/networks/admin/organisation";
	}

	private String membershipForm(UUID id, Map<String, String> values, Refused problem, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("values", new LinkedHashMap<>(values));
		model.addAttribute("problem", problem);
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("organisations", this.organisations.all());
		model.addAttribute("action",
				(id != null) ? NetworksAdminPaths.MEMBERSHIPS + "/" + id : NetworksAdminPaths.MEMBERSHIPS + "/new");
		model.addAttribute("revisions", (id != null) ? this.revisions.of(MEMBERSHIP, id) : java.util.List.of());
		return "advocacy/networks/admin/membership";
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
