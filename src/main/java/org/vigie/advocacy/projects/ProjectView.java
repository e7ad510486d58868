package org.vigie.advocacy.projects;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vigie.advocacy.figures.Audience;
import org.vigie.advocacy.networks.NetworkPaths;
import org.vigie.advocacy.organisations.Checks;
import org.vigie.site.Language;

/**
 * A project as the public pages show it in one language: names instead of codes, years,
 * and the people reached per audience.
 *
 * @param code its code
 * @param path its page
 * @param title its title
 * @param summary its summary
 * @param status where it stands
 * @param years its years, such as {@code 2010–2014}
 * @param countries the names of its countries
 * @param partners its partners
 * @param reach the people reached per audience (audiences with a count only)
 * @param results its results, for the project's page
 * @param demo whether it is demo content
 * @param illustrative whether some of its figures are made up for the demo
 */
public record ProjectView(String code, String path, String title, String summary, ProjectStatus status, String years,
		List<String> countries, List<PartnerView> partners, Map<Audience, Integer> reach, List<Project.Result> results,
		boolean demo, boolean illustrative) {

	/** The project in a language. */
	public static ProjectView of(Project project, Language language) {
		Map<Audience, Integer> reach = new EnumMap<>(Audience.class);
		project.figures()
			.filter((figure) -> figure.actual() != null)
			.forEach((figure) -> reach.merge(figure.audience(), figure.actual(), Integer::sum));
		List<PartnerView> partners = new ArrayList<>();
		project.partners()
			.forEach((partner) -> partners.add(new PartnerView(partner.organisation().label(),
					NetworkPaths.organisation(language, partner.organisation().slug()), partner.role())));
		return new ProjectView(project.code(), ProjectPaths.project(language, project.code()),
				project.title().in(language), project.summary().in(language), project.status(), years(project),
				project.countries().stream().map((code) -> Checks.countryName(code, language)).toList(), partners,
				reach, project.results(), project.demo(), project.figures().anyMatch(Project.Figure::illustrative));
	}

	/** {@code 2010–2014}, {@code 2012}, or {@code 2020–} while it runs. */
	static String years(Project project) {
		int from = project.startsOn().getYear();
		if (project.endsOn() == null) {
			return from + "–";
		}
		int to = project.endsOn().getYear();
		return (from == to) ? String.valueOf(from) : from + "–" + to;
	}

	/**
	 * A partner on a public page.
	 *
	 * @param name its name (and acronym)
	 * @param path its page
	 * @param role what it does in the project
	 */
	public record PartnerView(String name, String path, PartnerRole role) {
	}

}
