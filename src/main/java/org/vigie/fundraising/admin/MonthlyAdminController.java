package org.vigie.fundraising.admin;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.fundraising.gifts.Monthly;
import org.vigie.identity.StaffIdentity;

/**
 * What a fundraiser does about a monthly gift whose payments fail: read the donor's email
 * to write to them (shown only when asked, in the answer to a form, never in a list), or
 * stop the gift.
 */
@Controller
class MonthlyAdminController {

	private final Monthlies monthlies;

	private final MonthlyStops stops;

	private final Donors donors;

	private final AdminProblems problems;

	MonthlyAdminController(Monthlies monthlies, MonthlyStops stops, Donors donors, AdminProblems problems) {
		this.monthlies = monthlies;
		this.stops = stops;
		this.donors = donors;
		this.problems = problems;
	}

	@PostMapping(AdminPaths.MONTHLY + "/{id}/email")
	String email(@PathVariable String id, @AuthenticationPrincipal StaffIdentity me, Model model) {
		CampaignEditing.allowed(me);
		Monthly monthly = monthly(id);
		model.addAttribute("monthly", monthly);
		model.addAttribute("email", this.donors.email(monthly.donorId()).orElse(null));
		model.addAttribute("problem", null);
		return "fundraising/admin/monthly";
	}

	@PostMapping(AdminPaths.MONTHLY + "/{id}/stop")
	String stop(@PathVariable String id, @AuthenticationPrincipal StaffIdentity me, HttpServletResponse response,
			Model model) {
		Monthly monthly = monthly(id);
		try {
			this.stops.stop(monthly, me);
			return "redirect:" + AdminPaths.BASE + "?done=stopped";
		}
		catch (AdminRefused refused) {
			response.setStatus(HttpStatus.BAD_GATEWAY.value());
			model.addAttribute("monthly", monthly);
			model.addAttribute("email", null);
			model.addAttribute("problem", this.problems.of(refused, me.language().locale()));
			return "fundraising/admin/monthly";
		}
	}

	private Monthly monthly(String id) {
		return AdminPaths.id(id)
			.flatMap(this.monthlies::byId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
