package org.vigie.fundraising.pages;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.web.GiveThrottle;
import org.vigie.site.Language;

/**
 * The form that creates a runner's or a team's page under an event campaign, with no
 * account: the page is stored hidden and its owner gets a link that publishes it. A
 * problem shows the form again with what was typed and stores nothing.
 */
@Controller
class CreateController {

	private final PageScreens screens;

	private final PageRequests requests;

	private final PageStandings standings;

	CreateController(PageScreens screens, PageRequests requests, PageStandings standings) {
		this.screens = screens;
		this.requests = requests;
		this.standings = standings;
	}

	@GetMapping({ "/fr/soutenir/{campaign}/creer-une-page", "/nl/steunen/{campaign}/pagina-maken",
			"/en/support/{campaign}/create-a-page" })
	String form(Language language, @PathVariable("campaign") String slug, @RequestParam(required = false) String sent,
			Model model) {
		Campaign campaign = this.screens.event(language, slug);
		model.addAttribute("sent", sent != null);
		return show(language, campaign, PageForm.empty(language), null, model);
	}

	@PostMapping({ "/fr/soutenir/{campaign}/creer-une-page", "/nl/steunen/{campaign}/pagina-maken",
			"/en/support/{campaign}/create-a-page" })
	String create(Language language, @PathVariable("campaign") String slug, @RequestParam Map<String, String> sent,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Campaign campaign = this.screens.event(language, slug);
		model.addAttribute("sent", false);
		String refusal = this.screens.refusal(request, response, sent.get("token"), scope(campaign),
				GiveThrottle.Bucket.CLIENT_EMAILS);
		if (refusal != null) {
			return show(language, campaign, PageForm.empty(language), refusal, model);
		}
		if (campaign.isFinishedOn(this.screens.today())) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return show(language, campaign, PageForm.empty(language), "fundraising.pages.problem.finished", model);
		}
		Set<UUID> teams = this.standings.board(campaign, language)
			.joinableTeams()
			.stream()
			.map(RunnerPage::id)
			.collect(Collectors.toSet());
		PageForm form = PageForm.read(sent, teams);
		if (form.valid() != null) {
			Optional<UUID> created;
			try {
				created = this.requests.create(campaign, form.valid(), this.screens.now());
			}
			catch (DuplicateKeyException ex) {
				created = Optional.empty();
			}
			if (created.isPresent()) {
				return "redirect:" + PagePaths.create(language, campaign) + "?sent";
			}
			form = form.withError("slug", "taken");
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return show(language, campaign, form, "fundraising.pages.problem.fields", model);
	}

	private String show(Language language, Campaign campaign, PageForm form, String problem, Model model) {
		this.screens.layout(model, language, campaign, this.screens.text("fundraising.pages.create.title", language),
				(other) -> PagePaths.create(other, campaign));
		model.addAttribute("form", form);
		model.addAttribute("problem", (problem != null) ? this.screens.text(problem, language) : null);
		model.addAttribute("action", PagePaths.create(language, campaign));
		model.addAttribute("finished", campaign.isFinishedOn(this.screens.today()));
		model.addAttribute("teams", this.standings.board(campaign, language).joinableTeams());
		model.addAttribute("languages", Language.all());
		model.addAttribute("token", this.screens.token(scope(campaign)));
		model.addAttribute("managePath", PagePaths.manage(language, campaign));
		model.addAttribute("storyMax", PageForm.STORY_MAX);
		model.addAttribute("goalMin", PageForm.GOAL_MIN_EUROS);
		model.addAttribute("goalMax", PageForm.GOAL_MAX_EUROS);
		return "fundraising/pages/create";
	}

	private static String scope(Campaign campaign) {
		return "page-create|" + campaign.id();
	}

}
