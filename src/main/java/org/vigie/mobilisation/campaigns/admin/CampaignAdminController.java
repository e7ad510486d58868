package org.vigie.mobilisation.campaigns.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.mobilisation.campaigns.Campaign;
import org.vigie.mobilisation.campaigns.CampaignPaths;
import org.vigie.mobilisation.campaigns.CampaignRefused;
import org.vigie.mobilisation.campaigns.CampaignStore;
import org.vigie.mobilisation.campaigns.Counter;
import org.vigie.mobilisation.campaigns.RelayChains;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The campaigners' pages: the campaigns with their figures, and each campaign's form (its
 * three languages side by side) with its relay chains. A refused form comes back as typed
 * with the reason and stores nothing; every save is audited.
 */
@Controller("mobilisation.campaigns.CampaignAdminController")
class CampaignAdminController {

	private final CampaignStore campaigns;

	private final Counter counter;

	private final RelayChains relays;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	private final CampaignVisuals visuals;

	CampaignAdminController(CampaignStore campaigns, Counter counter, RelayChains relays, AuditTrail audit,
			MessageSource messages, SiteProperties site, Clock clock, CampaignVisuals visuals) {
		this.visuals = visuals;
		this.campaigns = campaigns;
		this.counter = counter;
		this.relays = relays;
		this.audit = audit;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(CampaignAdmin.PATH)
	String list(@AuthenticationPrincipal StaffIdentity me, Model model) {
		model.addAttribute("rows",
				this.campaigns.all()
					.stream()
					.map((campaign) -> new Row(campaign, campaign.text(me.language()).title(),
							this.counter.figures(campaign.id()).supporters(), campaign.isOpenOn(today())))
					.toList());
		return "mobilisation/campaigns/admin/list";
	}

	@GetMapping(CampaignAdmin.PATH + "/new")
	String newCampaign(@AuthenticationPrincipal StaffIdentity me, Model model) {
		return form(null, CampaignForm.empty(today()), null, me, model);
	}

	@PostMapping(CampaignAdmin.PATH + "/new")
	String create(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		return save(null, CampaignForm.from(fields, null), me, response, model);
	}

	@GetMapping(CampaignAdmin.PATH + "/{id}")
	String edit(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Campaign campaign = campaign(id);
		model.addAttribute("done", "saved".equals(done));
		return form(campaign, CampaignForm.of(campaign), null, me, model);
	}

	@PostMapping(CampaignAdmin.PATH + "/{id}")
	String update(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Campaign campaign = campaign(id);
		return save(campaign, CampaignForm.from(fields, campaign.key()), me, response, model);
	}

	private String save(Campaign known, CampaignForm form, StaffIdentity me, HttpServletResponse response,
			Model model) {
		try {
			CampaignForm resolved = form.withImage(this.visuals.address(form.image()));
			Campaign saved = this.campaigns.save(resolved.campaign((known != null) ? known.id() : UUID.randomUUID()),
					this.clock.instant());
			this.visuals.recordUse(saved);
			this.audit.record(CampaignAdmin.SAVED, me.email(), "campaign:" + saved.key(), null);
			return "redirect:" + CampaignAdmin.PATH + "/" + saved.id() + "?done=saved";
		}
		catch (CampaignRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			String problem = this.messages.getMessage(refused.code(), null, me.language().locale());
			return form(known, form, (refused.field() != null) ? problem + " (" + refused.field() + ")" : problem, me,
					model);
		}
	}

	private String form(Campaign campaign, CampaignForm form, String problem, StaffIdentity me, Model model) {
		Language language = me.language();
		model.addAttribute("campaign", campaign);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("languages", Language.all());
		model.addAttribute("action",
				(campaign != null) ? CampaignAdmin.PATH + "/" + campaign.id() : CampaignAdmin.PATH + "/new");
		if (campaign != null) {
			model.addAttribute("title", campaign.text(language).title());
			model.addAttribute("supporters", this.counter.figures(campaign.id()).supporters());
			model.addAttribute("relays", this.relays.of(campaign.id()));
			model.addAttribute("publicPath", CampaignPaths.campaign(language, campaign));
		}
		return "mobilisation/campaigns/admin/campaign";
	}

	private Campaign campaign(String id) {
		return parse(id).flatMap(this.campaigns::byId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
	}

	/** One campaign in the list. */
	record Row(Campaign campaign, String title, int supporters, boolean open) {
	}

}
