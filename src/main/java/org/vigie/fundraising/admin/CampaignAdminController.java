package org.vigie.fundraising.admin;

import org.vigie.site.FormValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignRefused;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * A campaign's form (texts in the three languages side by side, goal, days, funding
 * model, further goals) with its figures and the form to post an update. A refused form
 * comes back as it was typed with the reason, and nothing is stored.
 */
@Controller
class CampaignAdminController {

	private final CampaignStore campaigns;

	private final CampaignEditing editing;

	private final Ledger ledger;

	private final AdminProblems problems;

	private final SiteProperties site;

	private final Clock clock;

	CampaignAdminController(CampaignStore campaigns, CampaignEditing editing, Ledger ledger, AdminProblems problems,
			SiteProperties site, Clock clock) {
		this.campaigns = campaigns;
		this.editing = editing;
		this.ledger = ledger;
		this.problems = problems;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(AdminPaths.NEW_CAMPAIGN)
	String newCampaign(@AuthenticationPrincipal StaffIdentity me, Model model) {
		return form(null, CampaignForm.empty(today()), null, me, model);
	}

	@PostMapping(AdminPaths.NEW_CAMPAIGN)
	String create(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		CampaignForm form = CampaignForm.from(fields, null);
		try {
			UUID id = this.editing.save(null, form, me);
			return "redirect:" + AdminPaths.campaign(id) + "?done=saved";
		}
		catch (CampaignRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, this.problems.of(refused, me.language().locale()), me, model);
		}
	}

	@GetMapping(AdminPaths.CAMPAIGNS + "/{id}")
	String edit(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Campaign campaign = campaign(this.campaigns, id);
		model.addAttribute("done", Done.of(done));
		return form(campaign, CampaignForm.of(campaign), null, me, model);
	}

	@PostMapping(AdminPaths.CAMPAIGNS + "/{id}")
	String update(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Campaign campaign = campaign(this.campaigns, id);
		CampaignForm form = CampaignForm.from(fields, campaign.key());
		try {
			this.editing.save(campaign.id(), form, me);
			return "redirect:" + AdminPaths.campaign(campaign.id()) + "?done=saved";
		}
		catch (CampaignRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(campaign, form, this.problems.of(refused, me.language().locale()), me, model);
		}
	}

	@PostMapping(AdminPaths.CAMPAIGNS + "/{id}/updates")
	String postUpdate(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Campaign campaign = campaign(this.campaigns, id);
		FormValues values = new FormValues(fields, 25_000);
		Map<Language, List<String>> texts = new EnumMap<>(Language.class);
		Language.all()
			.forEach((language) -> texts.put(language, List.of(values.text("update_title_" + language.code()),
					values.text("update_body_" + language.code()))));
		try {
			this.editing.postUpdate(campaign, texts, me);
			return "redirect:" + AdminPaths.campaign(campaign.id()) + "?done=updatePosted";
		}
		catch (CampaignRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("updateTexts", texts);
			model.addAttribute("updateProblem", this.problems.of(refused, me.language().locale()));
			return form(campaign, CampaignForm.of(campaign), null, me, model);
		}
	}

	private String form(Campaign campaign, CampaignForm form, String problem, StaffIdentity me, Model model) {
		Language language = me.language();
		model.addAttribute("campaign", campaign);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("kinds", CampaignKind.values());
		model.addAttribute("action", (campaign != null) ? AdminPaths.campaign(campaign.id()) : AdminPaths.NEW_CAMPAIGN);
		if (campaign != null) {
			model.addAttribute("title", campaign.text(language).title());
			model.addAttribute("row", CampaignRow.of(campaign, this.ledger.figures(campaign.id(), campaign.goalCents()),
					language, today()));
			model.addAttribute("updates", this.campaigns.updates(campaign.id(), language));
			model.addAttribute("publicPath", SupportPaths.campaign(language, campaign));
			if (!model.containsAttribute("updateTexts")) {
				Map<Language, List<String>> empty = new EnumMap<>(Language.class);
				Language.all().forEach((l) -> empty.put(l, List.of("", "")));
				model.addAttribute("updateTexts", empty);
			}
		}
		return "fundraising/admin/campaign";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
	}

	/** The campaign an address names, or 404. */
	static Campaign campaign(CampaignStore campaigns, String id) {
		return AdminPaths.id(id)
			.flatMap(campaigns::byId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
