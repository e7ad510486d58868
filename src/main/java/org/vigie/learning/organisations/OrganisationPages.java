package org.vigie.learning.organisations;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every organisation page puts in its model: its meta, stylesheet and zone. */
@Component
class OrganisationPages {

	static final String STYLESHEET = "/css/learning-organisations.css";

	private final MessageSource messages;

	private final SiteProperties site;

	OrganisationPages(MessageSource messages, SiteProperties site) {
		this.messages = messages;
		this.site = site;
	}

	/** The address to share, with the site's public origin. */
	String absolute(String path) {
		return this.site.absolute(path);
	}

	/**
	 * Fills the model for a page.
	 * @param title the page's title
	 * @param path the page's address in each language
	 */
	void page(Model model, Language language, String title, Function<Language, String> path, ZoneId zone) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, path.apply(other)));
		PageMeta meta = PageMeta
			.of(language, title, text("learning.organisations.description", language), path.apply(language))
			.withTranslations(translations)
			.withBreadcrumbs(
					List.of(new PageMeta.Crumb(text("learning.decks.title", language), CardsPaths.base(language)),
							new PageMeta.Crumb(text("learning.organisations.title", language),
									OrganisationPaths.home(language))));
		model.addAttribute("meta", meta);
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("zone", zone);
		model.addAttribute("homePath", OrganisationPaths.home(language));
	}

	/** Fills the model of the problem page: what was wrong and where to go back to. */
	void problem(Model model, Language language, String code, String back, ZoneId zone) {
		page(model, language, text("learning.organisations.problem.title", language), OrganisationPaths::home, zone);
		model.addAttribute("problem", code);
		model.addAttribute("back", back);
	}

	String text(String code, Language language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language.locale());
	}

}
