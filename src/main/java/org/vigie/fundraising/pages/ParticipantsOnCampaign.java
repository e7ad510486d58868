package org.vigie.fundraising.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.web.CampaignView;
import org.vigie.site.PageMeta;

/**
 * Adds the participants to an event campaign's page: after the core's handler has
 * rendered its model (the campaign in {@code view}, the language in {@code meta}), the
 * {@code participants} attribute its template includes
 * ({@code fundraising/pages/participants :: section}) is set, with the leaderboard of
 * teams and runners. Appeals and every other page are left alone, so the core's
 * controller needs no change.
 */
@Configuration(proxyBeanMethods = false)
class ParticipantsOnCampaign implements WebMvcConfigurer {

	static final String CAMPAIGN_VIEW = "fundraising/support/campaign";

	private final PageScreens screens;

	private final PageStandings standings;

	ParticipantsOnCampaign(PageScreens screens, PageStandings standings) {
		this.screens = screens;
		this.standings = standings;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView result) {
				if (result != null && CAMPAIGN_VIEW.equals(result.getViewName())
						&& result.getModel().get("view") instanceof CampaignView view
						&& result.getModel().get("meta") instanceof PageMeta meta
						&& view.campaign().kind() == CampaignKind.EVENT) {
					result.addObject("participants", participants(view.campaign(), meta));
				}
			}

		}).addPathPatterns("/fr/soutenir/*", "/nl/steunen/*", "/en/support/*");
	}

	private ParticipantsView participants(Campaign campaign, PageMeta meta) {
		PageStandings.Board board = this.standings.board(campaign, meta.language());
		return new ParticipantsView(board.teams(), board.runners(), PagePaths.create(meta.language(), campaign),
				PagePaths.manage(meta.language(), campaign), !campaign.isFinishedOn(this.screens.today()));
	}

}
