package org.vigie.advocacy.projects.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.vigie.advocacy.networks.NetworkPaths;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.projects.PartnerRole;
import org.vigie.advocacy.projects.Project;
import org.vigie.advocacy.projects.ProjectView;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * A project described for search engines: a schema.org {@code Project} (or
 * {@code ResearchProject}) with its funders, its other partners as members and its
 * countries as the area served. The layout writes it escaped for a script element.
 */
final class ProjectJsonLd {

	private ProjectJsonLd() {
	}

	static Map<String, Object> of(Project project, ProjectView view, Language language, SiteProperties site) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", project.research() ? "ResearchProject" : "Project");
		data.put("name", view.title());
		data.put("description", view.summary());
		data.put("url", site.absolute(view.path()));
		data.put("inLanguage", language.code());
		data.put("foundingDate", project.startsOn().toString());
		if (project.endsOn() != null) {
			data.put("dissolutionDate", project.endsOn().toString());
		}
		data.put("funder", organisations(project.partners(PartnerRole.FUNDER), language, site));
		List<Map<String, Object>> members = organisations(project.partners(PartnerRole.LEAD), language, site);
		members = new java.util.ArrayList<>(members);
		members.addAll(organisations(project.partners(PartnerRole.PARTNER), language, site));
		data.put("member", members);
		data.put("areaServed", view.countries().stream().map((name) -> {
			Map<String, Object> country = new LinkedHashMap<>();
			country.put("@type", "Country");
			country.put("name", name);
			return country;
		}).toList());
		return data;
	}

	private static List<Map<String, Object>> organisations(List<Project.Partner> partners, Language language,
			SiteProperties site) {
		return partners.stream().map((partner) -> organisation(partner.organisation(), language, site)).toList();
	}

	static Map<String, Object> organisation(Organisation organisation, Language language, SiteProperties site) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", "Organization");
		data.put("name", organisation.name());
		if (organisation.acronym() != null) {
			data.put("alternateName", organisation.acronym());
		}
		data.put("url", (organisation.website() != null) ? organisation.website()
				: site.absolute(NetworkPaths.organisation(language, organisation.slug())));
		return data;
	}

	/** The same page's address in every language. */
	static Map<Language, String> translations(Function<Language, String> path) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> paths.put(language, path.apply(language)));
		return paths;
	}

}
