package org.vigie.mobilisation.campaigns.web;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.mobilisation.campaigns.Campaign;
import org.vigie.mobilisation.campaigns.CampaignPaths;
import org.vigie.mobilisation.campaigns.CampaignStore;
import org.vigie.mobilisation.campaigns.Counter;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SiteProperties;

/**
 * What the campaigns' public pages share: finding a campaign by its slug, its view with
 * the figures, the page's description for the layout (with the campaign's address in each
 * language), the list of countries, and the stylesheet.
 */
@Component("mobilisation.campaigns.CampaignPages")
class CampaignPages {

	static final String STYLESHEET = "/css/mobilisation-campaigns.css";

	private final CampaignStore campaigns;

	private final Counter counter;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	private final Map<Language, List<Country>> countries = new ConcurrentHashMap<>();

	CampaignPages(CampaignStore campaigns, Counter counter, MessageSource messages, SiteProperties site, Clock clock) {
		this.campaigns = campaigns;
		this.counter = counter;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	/** The published campaign at that slug, or a 404. */
	Campaign campaign(Language language, String slug) {
		return this.campaigns.bySlug(language, slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	CampaignView view(Campaign campaign, Language language) {
		return CampaignView.of(campaign, this.counter.figures(campaign.id()), language, today());
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
	}

	/**
	 * The layout's attributes for a page of a campaign, its link preview the campaign's
	 * 1200×630 image.
	 */
	void page(Model model, Campaign campaign, Language language, String title, String canonicalPath,
			Map<Language, String> translations) {
		PageMeta base = PageMeta.of(language, title, campaign.text(language).summary(), canonicalPath);
		PageMeta meta = new PageMeta(language, title, base.description(), canonicalPath, translations,
				List.of(new PageMeta.Crumb(text("mobilisation.menu.act", language), ActPaths.act(language))), "website",
				CampaignPaths.image(language, campaign, "1200x630"), List.of(), null);
		MobilisationPages.page(model, meta);
		model.addAttribute("stylesheet", STYLESHEET);
	}

	/** The campaign's page in every language. */
	static Map<Language, String> everyLanguage(Campaign campaign) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> paths.put(language, CampaignPaths.campaign(language, campaign)));
		return paths;
	}

	/** The countries a person may choose, by name in the language. */
	List<Country> countries(Language language) {
		return this.countries.computeIfAbsent(language, (any) -> {
			Collator collator = Collator.getInstance(language.locale());
			return JoinForm.COUNTRIES.stream()
				.map((code) -> new Country(code, Locale.of("", code).getDisplayCountry(language.locale())))
				.sorted(Comparator.comparing(Country::name, collator))
				.toList();
		});
	}

	String text(String code, Language language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language.locale());
	}

	/** A country in the form's list. */
	record Country(String code, String name) {
	}

}
