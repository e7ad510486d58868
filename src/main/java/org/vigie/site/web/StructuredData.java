package org.vigie.site.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SiteProperties;
import org.vigie.site.SitePaths;

/**
 * schema.org objects the site itself describes: the organisation, the website and
 * breadcrumb trails.
 */
final class StructuredData {

	private StructuredData() {
	}

	static Map<String, Object> organization(SiteProperties properties) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("@id", properties.absolute("/#organization"));
		organization.put("name", properties.name());
		organization.put("url", properties.absolute("/"));
		organization.put("logo", properties.absolute("/img/logo.svg"));
		return organization;
	}

	static Map<String, Object> website(SiteProperties properties, Language language, String searchPath) {
		Map<String, Object> website = new LinkedHashMap<>();
		website.put("@type", "WebSite");
		website.put("@id", properties.absolute(SitePaths.home(language) + "#website"));
		website.put("name", properties.name());
		website.put("url", properties.absolute(SitePaths.home(language)));
		website.put("inLanguage", language.code());
		website.put("publisher", Map.of("@id", properties.absolute("/#organization")));
		if (searchPath != null) {
			Map<String, Object> action = new LinkedHashMap<>();
			action.put("@type", "SearchAction");
			action.put("target", properties.absolute(searchPath) + "?q={search_term_string}");
			action.put("query-input", "required name=search_term_string");
			website.put("potentialAction", action);
		}
		return website;
	}

	static Map<String, Object> breadcrumbs(PageMeta meta, SiteProperties properties) {
		List<Map<String, Object>> items = new ArrayList<>();
		List<PageMeta.Crumb> trail = new ArrayList<>(meta.breadcrumbs());
		for (int i = 0; i < trail.size(); i++) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("@type", "ListItem");
			item.put("position", i + 1);
			item.put("name", trail.get(i).label());
			item.put("item", properties.absolute(trail.get(i).path()));
			items.add(item);
		}
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("@type", "BreadcrumbList");
		list.put("itemListElement", items);
		return list;
	}

}
