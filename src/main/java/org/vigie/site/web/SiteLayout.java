package org.vigie.site.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.site.SiteSearch;
import org.vigie.site.Language;
import org.vigie.site.MenuContributor;
import org.vigie.site.MenuItem;
import org.vigie.site.PageMeta;
import org.vigie.site.SiteProperties;
import org.vigie.site.SitePaths;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * What the shared layout asks while rendering: the menu, language links, absolute
 * addresses and JSON-LD. Templates reach it as {@code layout}.
 */
@Component
class SiteLayout {

	private final SiteProperties properties;

	private final List<MenuContributor> contributors;

	private final JsonMapper json;

	private final SiteSearch search;

	SiteLayout(SiteProperties properties, List<MenuContributor> contributors, JsonMapper json,
			org.springframework.beans.factory.ObjectProvider<SiteSearch> search) {
		this.search = search.getIfAvailable();
		this.properties = properties;
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(MenuContributor::menuOrder)).toList();
		this.json = json;
	}

	public String siteName() {
		return this.properties.name();
	}

	public List<Language> languages() {
		return Language.all();
	}

	public List<MenuItem> menu(Language language) {
		List<MenuItem> items = new ArrayList<>();
		this.contributors.forEach((contributor) -> items.addAll(contributor.menu(language)));
		return items;
	}

	public String home(Language language) {
		return SitePaths.home(language);
	}

	/** The search page of this language, or {@code null} when no module offers search. */
	public String search(Language language) {
		return (this.search != null) ? this.search.path(language) : null;
	}

	public String absolute(String path) {
		return this.properties.absolute(path);
	}

	/** Where the language switcher leads: the same item in that language, or its home. */
	public String switchTo(PageMeta meta, Language language) {
		return meta.translations().getOrDefault(language, SitePaths.home(language));
	}

	/** The {@code hreflang} alternates of a page, {@code x-default} last. */
	public Map<String, String> alternates(PageMeta meta) {
		Map<String, String> alternates = new LinkedHashMap<>();
		for (Language language : Language.all()) {
			String path = meta.translations().get(language);
			if (path != null) {
				alternates.put(language.code(), absolute(path));
			}
		}
		boolean home = meta.canonicalPath().equals(SitePaths.home(meta.language()));
		String fallback = meta.translations()
			.getOrDefault(this.properties.defaultLanguage(), meta.translations().get(meta.language()));
		alternates.put("x-default", absolute(home ? "/" : (fallback != null) ? fallback : meta.canonicalPath()));
		return alternates;
	}

	/**
	 * The page's structured data, breadcrumbs included, as JSON safe inside a script
	 * element.
	 */
	public String jsonLd(PageMeta meta) {
		List<Map<String, Object>> graph = new ArrayList<>(meta.structuredData());
		if (!meta.breadcrumbs().isEmpty()) {
			graph.add(StructuredData.breadcrumbs(meta, this.properties));
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@graph", graph);
		return this.json.writeValueAsString(document)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

}
