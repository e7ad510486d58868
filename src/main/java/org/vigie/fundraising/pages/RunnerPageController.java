package org.vigie.fundraising.pages;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.site.Language;

/**
 * A runner's or a team's public page: its name, story and goal, what it raised and from
 * how many sponsors (from the ledger, on each view), the button that leads to the NGO's
 * checkout crediting it, and a team's runners. Hidden pages do not exist for the public.
 */
@Controller
class RunnerPageController {

	private final PageScreens screens;

	private final RunnerPages pages;

	private final PageStandings standings;

	RunnerPageController(PageScreens screens, RunnerPages pages, PageStandings standings) {
		this.screens = screens;
		this.pages = pages;
		this.standings = standings;
	}

	@GetMapping({ "/fr/soutenir/{campaign}/{page}", "/nl/steunen/{campaign}/{page}", "/en/support/{campaign}/{page}" })
	String page(Language language, @PathVariable("campaign") String campaignSlug, @PathVariable("page") String pageSlug,
			Model model) {
		Campaign campaign = this.screens.event(language, campaignSlug);
		RunnerPage page = this.pages.bySlug(campaign.id(), pageSlug)
			.filter((found) -> !found.hidden())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PageStandings.Board board = this.standings.board(campaign, language);
		RunnerPage team = (page.teamId() != null) ? board.page(page.teamId()) : null;
		boolean open = campaign.isOpenOn(this.screens.today());
		PageView view = new PageView(page, campaign.text(language).title(), SupportPaths.campaign(language, campaign),
				open ? PagePaths.sponsor(language, campaign, page.id()) : null, board.standing(page),
				(team != null && !team.hidden()) ? board.standing(team) : null,
				page.isTeam() ? board.members(page) : List.of());
		this.screens.layout(model, language, campaign, page.name(),
				(other) -> PagePaths.page(other, campaign, page.slug()));
		model.addAttribute("view", view);
		model.addAttribute("createPath", open ? PagePaths.create(language, campaign) : null);
		return "fundraising/pages/page";
	}

}
