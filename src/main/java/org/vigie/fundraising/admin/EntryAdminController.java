package org.vigie.fundraising.admin;

import org.vigie.site.FormValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.SiteProperties;

/**
 * The forms to record income that is not a gift and corrections of ledger entries, side
 * by side on one page. A refused form comes back as typed with the reason.
 */
@Controller
class EntryAdminController {

	private final ManualEntries entries;

	private final CampaignStore campaigns;

	private final GiftQueries queries;

	private final AdminProblems problems;

	private final SiteProperties site;

	private final Clock clock;

	EntryAdminController(ManualEntries entries, CampaignStore campaigns, GiftQueries queries, AdminProblems problems,
			SiteProperties site, Clock clock) {
		this.entries = entries;
		this.campaigns = campaigns;
		this.queries = queries;
		this.problems = problems;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(AdminPaths.ENTRIES)
	String forms(@RequestParam(required = false) String done, @AuthenticationPrincipal StaffIdentity me, Model model) {
		model.addAttribute("done", Done.of(done));
		return page(null, null, null, null, me, model);
	}

	@PostMapping(AdminPaths.ENTRIES + "/income")
	String income(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		IncomeForm form = IncomeForm.from(new FormValues(fields, 25_000));
		try {
			boolean recorded = this.entries.income(form, me);
			return "redirect:" + AdminPaths.ENTRIES + "?done=" + (recorded ? "recorded" : "already");
		}
		catch (AdminRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(form, this.problems.of(refused, me.language().locale()), null, null, me, model);
		}
	}

	@PostMapping(AdminPaths.ENTRIES + "/correction")
	String correction(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		CorrectionForm form = CorrectionForm.from(new FormValues(fields, 25_000));
		try {
			boolean recorded = this.entries.correction(form, me);
			return "redirect:" + AdminPaths.ENTRIES + "?done=" + (recorded ? "recorded" : "already");
		}
		catch (AdminRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(null, null, form, this.problems.of(refused, me.language().locale()), me, model);
		}
	}

	private String page(IncomeForm income, String incomeProblem, CorrectionForm correction, String correctionProblem,
			StaffIdentity me, Model model) {
		String today = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone()).toString();
		List<Choice> choices = this.campaigns.all()
			.stream()
			.map((campaign) -> new Choice(campaign, campaign.text(me.language()).title(),
					this.queries.pages(campaign.id())))
			.toList();
		model.addAttribute("campaigns", choices);
		model.addAttribute("kinds", IncomeKind.values());
		model.addAttribute("income",
				(income != null) ? income : new IncomeForm(UUID.randomUUID().toString(), "", "", "", "", today, ""));
		model.addAttribute("correction", (correction != null) ? correction
				: new CorrectionForm(UUID.randomUUID().toString(), "", "", today, ""));
		model.addAttribute("incomeProblem", incomeProblem);
		model.addAttribute("correctionProblem", correctionProblem);
		model.addAttribute("noteLength", ManualEntries.NOTE);
		return "fundraising/admin/entries";
	}

	/**
	 * A campaign to credit, with its pages.
	 *
	 * @param campaign the campaign
	 * @param title its title in the fundraiser's language
	 * @param pages its runners' and teams' pages
	 */
	record Choice(Campaign campaign, String title, List<GiftQueries.PageChoice> pages) {
	}

}
