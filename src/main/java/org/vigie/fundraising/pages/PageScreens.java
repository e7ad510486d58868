package org.vigie.fundraising.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.web.GiveThrottle;
import org.vigie.fundraising.web.SupportFormTokens;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;
import org.vigie.site.SiteProperties;

/**
 * What the runners' screens share: finding the event campaign of an address, the page's
 * layout attributes with its translations and breadcrumbs, and the checks every form goes
 * through before it is read (sent from this site, a genuine token not sent too fast,
 * within the limits of one client).
 */
@Component
class PageScreens {

	static final String STYLESHEET = "/css/fundraising.css";

	private final CampaignStore campaigns;

	private final SupportFormTokens tokens;

	private final GiveThrottle throttle;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	PageScreens(CampaignStore campaigns, SupportFormTokens tokens, GiveThrottle throttle, MessageSource messages,
			SiteProperties site, Clock clock) {
		this.campaigns = campaigns;
		this.tokens = tokens;
		this.throttle = throttle;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	/** The published event campaign at that address; 404 for any other. */
	Campaign event(Language language, String slug) {
		return this.campaigns.publishedBySlug(language, slug)
			.filter((campaign) -> campaign.kind() == CampaignKind.EVENT)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The layout's attributes for a page under a campaign, in every language. */
	void layout(Model model, Language language, Campaign campaign, String title, Function<Language, String> path) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, path.apply(other)));
		model
			.addAttribute("meta", PageMeta.of(language, title, campaign.text(language).summary(), path.apply(language))
				.withTranslations(translations)
				.withBreadcrumbs(List.of(
						new PageMeta.Crumb(text("fundraising.list.title", language), SupportPaths.base(language)),
						new PageMeta.Crumb(campaign.text(language).title(), SupportPaths.campaign(language, campaign)),
						new PageMeta.Crumb(title, path.apply(language)))));
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("campaignTitle", campaign.text(language).title());
		model.addAttribute("campaignPath", SupportPaths.campaign(language, campaign));
	}

	/** A new token for a form about {@code scope}. */
	String token(String scope) {
		return this.tokens.issue(scope, this.clock.instant());
	}

	/**
	 * What is wrong with a form before its fields are read, as a message key, with the
	 * response's status set; {@code null} when it may be read.
	 */
	String refusal(HttpServletRequest request, HttpServletResponse response, String token, String scope,
			GiveThrottle.Bucket bucket) {
		return refusal(request, response, token, scope, bucket, true);
	}

	/**
	 * The same, for a form of one button that a person may press at once
	 * ({@code humanPace} false).
	 */
	String refusal(HttpServletRequest request, HttpServletResponse response, String token, String scope,
			GiveThrottle.Bucket bucket, boolean humanPace) {
		if (!SameOrigin.sentFromHere(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "fundraising.pages.problem.origin";
		}
		SupportFormTokens.Problem problem = this.tokens.check(token, scope, this.clock.instant(), humanPace);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "fundraising.pages.problem.token." + problem.name();
		}
		if (!this.throttle.allow(bucket, request)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "fundraising.pages.problem.tooMany";
		}
		return null;
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
	}

	Instant now() {
		return this.clock.instant();
	}

	String text(String code, Language language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language.locale());
	}

}
