package org.vigie.mobilisation.campaigns.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.identity.FormTokens;
import org.vigie.mobilisation.campaigns.Campaign;
import org.vigie.mobilisation.campaigns.CampaignPaths;
import org.vigie.mobilisation.campaigns.Joining;
import org.vigie.mobilisation.campaigns.Supporting;
import org.vigie.mobilisation.campaigns.Wordings;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.web.ActionForms;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.Honeypot;
import org.vigie.mobilisation.web.ProofOfWork;
import org.vigie.site.Language;
import org.vigie.site.SameOrigin;

/**
 * A campaign's page with its live counter, its wall and its join form, and the page after
 * joining. The join form keeps no session: its token, the same-origin check, the honeypot
 * and the throttle stop scripts, and while sign-ups come in a burst the form asks for a
 * {@link ProofOfWork}; the page after it is the same whether the address is new, had
 * joined already or had its confirmation emails for the day.
 */
@Controller("mobilisation.campaigns.CampaignController")
class CampaignController {

	private final CampaignPages pages;

	private final Joining joining;

	private final Wordings wordings;

	private final ActionForms tokens;

	private final ActionThrottle throttle;

	private final ProofOfWork work;

	private final Clock clock;

	CampaignController(CampaignPages pages, Joining joining, Wordings wordings, ActionForms tokens,
			ActionThrottle throttle, ProofOfWork work, Clock clock) {
		this.pages = pages;
		this.joining = joining;
		this.wordings = wordings;
		this.tokens = tokens;
		this.throttle = throttle;
		this.work = work;
		this.clock = clock;
	}

	@GetMapping({ "/fr/agir/{slug}", "/nl/in-actie/{slug}", "/en/act/{slug}" })
	String campaign(Language language, @PathVariable String slug, @RequestParam(required = false) String via,
			Model model) {
		Campaign campaign = this.pages.campaign(language, slug);
		return form(language, campaign, JoinForm.empty(JoinForm.relayCode(via)), null, model);
	}

	@PostMapping({ "/fr/agir/{slug}", "/nl/in-actie/{slug}", "/en/act/{slug}" })
	String join(Language language, @PathVariable String slug, @RequestParam Map<String, String> sent,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Campaign campaign = this.pages.campaign(language, slug);
		JoinForm blank = JoinForm.empty(JoinForm.relayCode(sent.get("via")));
		if (!SameOrigin.sentFromHere(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return form(language, campaign, blank, "mobilisation.problem.origin", model);
		}
		Instant now = this.clock.instant();
		FormTokens.Problem problem = this.tokens.check(sent.get("token"), scope(campaign), now, true);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(language, campaign, blank, "mobilisation.problem.token." + problem.name(), model);
		}
		if (!campaign.isOpenOn(this.pages.today())) {
			response.setStatus(HttpStatus.GONE.value());
			return form(language, campaign, blank, "mobilisation.campaigns.join.problem.closed", model);
		}
		if (Honeypot.tripped(sent)) {
			return "redirect:" + CampaignPaths.thanks(language, campaign);
		}
		if ((this.throttle.burst(scope(campaign)) || sent.containsKey("powNonce"))
				&& !this.work.verify(sent.get("powNonce"), sent.get("powBits"), sent.get("powSignature"),
						sent.get("powSolution"), scope(campaign), now)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return form(language, campaign, blank, "mobilisation.pow.problem", model);
		}
		if (!this.throttle.allowSignup(request, scope(campaign))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return form(language, campaign, blank, "mobilisation.problem.tooMany", model);
		}
		JoinForm form = JoinForm.read(sent);
		if (!form.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return form(language, campaign, form, "mobilisation.campaigns.join.problem.fields", model);
		}
		this.joining.join(campaign, form.address(),
				new Supporting(campaign.id(), null, form.firstName(), form.cityGiven().orElse(null),
						form.countryGiven().orElse(null), form.wall(), form.news(), language,
						form.via().isEmpty() ? null : form.via()),
				now);
		return "redirect:" + CampaignPaths.thanks(language, campaign);
	}

	@GetMapping({ "/fr/agir/{slug}/merci", "/nl/in-actie/{slug}/bedankt", "/en/act/{slug}/thanks" })
	String thanks(Language language, @PathVariable String slug, Model model) {
		Campaign campaign = this.pages.campaign(language, slug);
		this.pages.page(model, campaign, language, this.pages.text("mobilisation.campaigns.thanks.title", language),
				CampaignPaths.thanks(language, campaign), Map.of(language, CampaignPaths.thanks(language, campaign)));
		model.addAttribute("view", this.pages.view(campaign, language));
		return "mobilisation/campaigns/thanks";
	}

	private String form(Language language, Campaign campaign, JoinForm form, String problem, Model model) {
		CampaignView view = this.pages.view(campaign, language);
		this.pages.page(model, campaign, language, view.text().title(), view.path(),
				CampaignPages.everyLanguage(campaign));
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("token", this.tokens.issue(scope(campaign), this.clock.instant()));
		model.addAttribute("challenge",
				this.throttle.burst(scope(campaign)) ? this.work.issue(scope(campaign), this.clock.instant()) : null);
		model.addAttribute("countryOptions", this.pages.countryOptions(language, form.country()));
		model.addAttribute("participation", this.wordings.of(Purpose.PARTICIPATION, campaign, language));
		model.addAttribute("wallWording", this.wordings.of(Purpose.PUBLIC_WALL, campaign, language));
		model.addAttribute("newsWording", this.wordings.of(Purpose.CAMPAIGN_NEWS, campaign, language));
		model.addAttribute("imagePath", campaign.imagePath());
		return "mobilisation/campaigns/campaign";
	}

	private static String scope(Campaign campaign) {
		return "campaign:" + campaign.id();
	}

}
