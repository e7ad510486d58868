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

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;
import org.vigie.mobilisation.campaigns.Campaign;
import org.vigie.mobilisation.campaigns.CampaignFigures;
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

	private final Map<Language, String> options = new ConcurrentHashMap<>();

	private final Cache<String, CampaignView> views = Caffeine.newBuilder()
		.expireAfterWrite(Counter.LIVE)
		.maximumSize(1000)
		.build();

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

	/**
	 * The campaign's view, kept as long as its figures ({@link Counter#LIVE}): a burst of
	 * readers shares one.
	 */
	CampaignView view(Campaign campaign, Language language) {
		CampaignFigures figures = this.counter.figures(campaign.id());
		LocalDate today = today();
		CampaignView known = this.views.getIfPresent(campaign.id() + "|" + language.code());
		if (known != null && known.campaign() == campaign && known.figures() == figures && known.day().equals(today)) {
			return known;
		}
		CampaignView view = CampaignView.of(campaign, figures, language, today);
		this.views.put(campaign.id() + "|" + language.code(), view);
		return view;
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

	/**
	 * The country list's {@code <option>} elements, written once per language: the
	 * campaign page is the most read page of a campaign, and two hundred and fifty
	 * options rendered one expression at a time were most of its cost (measured with
	 * JFR).
	 * @param selected the code to mark selected, or empty
	 */
	String countryOptions(Language language, String selected) {
		if (selected.isEmpty()) {
			return this.options.computeIfAbsent(language, (any) -> options(language, ""));
		}
		return options(language, selected);
	}

	private String options(Language language, String selected) {
		StringBuilder html = new StringBuilder(12_000);
		for (Country country : countries(language)) {
			html.append("<option value=\"")
				.append(country.code())
				.append(country.code().equals(selected) ? "\" selected>" : "\">")
				.append(HtmlUtils.htmlEscape(country.name(), "UTF-8"))
				.append("</option>");
		}
		return html.toString();
	}

	String text(String code, Language language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language.locale());
	}

	/** A country in the form's list. */
	record Country(String code, String name) {
	}

}
