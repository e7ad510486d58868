package org.vigie.fundraising.admin;

import org.vigie.site.FormValues;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.donors.Donor;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.identity.StaffIdentity;

/**
 * Donors: found by their exact email only (the address is sent in a form, never in an
 * address that logs keep, and no list of emails exists), a donor's page with their gifts,
 * monthly gifts and certificates, their national register number masked until a
 * fundraiser reveals it (each reveal audited), and erasure after a confirmation.
 */
@Controller
class DonorAdminController {

	private final Donors donors;

	private final Monthlies monthlies;

	private final GiftQueries queries;

	private final CampaignStore campaigns;

	private final Clock clock;

	DonorAdminController(Donors donors, Monthlies monthlies, GiftQueries queries, CampaignStore campaigns,
			Clock clock) {
		this.donors = donors;
		this.monthlies = monthlies;
		this.queries = queries;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@GetMapping(AdminPaths.DONORS)
	String search(Model model) {
		model.addAttribute("notFound", false);
		return "fundraising/admin/donors";
	}

	@PostMapping(AdminPaths.DONORS)
	String find(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me, Model model) {
		CampaignEditing.allowed(me);
		String email = new FormValues(fields, 25_000).text("email");
		Optional<UUID> found = (email.isEmpty() || email.length() > 320) ? Optional.empty()
				: this.donors.byEmail(email);
		if (found.isPresent()) {
			return "redirect:" + AdminPaths.donor(found.get());
		}
		model.addAttribute("notFound", true);
		return "fundraising/admin/donors";
	}

	@GetMapping(AdminPaths.DONORS + "/{id}")
	String donor(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		model.addAttribute("done", Done.of(done));
		return page(donor(id), null, me, model);
	}

	@PostMapping(AdminPaths.DONORS + "/{id}/reveal")
	String reveal(@PathVariable String id, @AuthenticationPrincipal StaffIdentity me, Model model) {
		CampaignEditing.allowed(me);
		Donor donor = donor(id);
		String number = this.donors.nationalNumber(donor.id(), me.email(), "staff reveal")
			.map(NationalRegisterNumber::display)
			.orElse(null);
		return page(donor, number, me, model);
	}

	@GetMapping(AdminPaths.DONORS + "/{id}/erase")
	String confirmErasure(@PathVariable String id, Model model) {
		model.addAttribute("donor", donor(id));
		return "fundraising/admin/erase";
	}

	@PostMapping(AdminPaths.DONORS + "/{id}/erase")
	String erase(@PathVariable String id, @AuthenticationPrincipal StaffIdentity me) {
		CampaignEditing.allowed(me);
		Donor donor = donor(id);
		this.donors.erase(donor.id(), me.email(), this.clock.instant());
		return "redirect:" + AdminPaths.donor(donor.id()) + "?done=erased";
	}

	private String page(Donor donor, String revealed, StaffIdentity me, Model model) {
		Map<UUID, String> titles = this.campaigns.all()
			.stream()
			.collect(Collectors.toMap(Campaign::id, (campaign) -> campaign.text(me.language()).title()));
		model.addAttribute("donor", donor);
		model.addAttribute("revealed", revealed);
		model.addAttribute("titles", titles);
		model.addAttribute("gifts", this.queries.ofDonor(donor.id()));
		model.addAttribute("monthlies", this.monthlies.ofDonor(donor.id()));
		model.addAttribute("certificates", this.queries.certificates(donor.id()));
		return "fundraising/admin/donor";
	}

	private Donor donor(String id) {
		return AdminPaths.id(id)
			.flatMap(this.donors::byId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
